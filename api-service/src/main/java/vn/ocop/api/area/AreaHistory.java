package vn.ocop.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ocop.api.common.time.Today;

/**
 * The history of administrative units (lịch sử đơn vị hành chính): a code names a unit only together with a date
 * (the 2025 reform reused codes: 00004 was Phường Trúc Bạch until 30 Jun 2025, it is Phường Ba Đình since), and
 * an ended unit leads to the units in force today through the recorded successions (table area_succession).
 */
@ApplicationScoped
public class AreaHistory {

    private final AreaRepository areas;
    private final Today today;

    public AreaHistory(AreaRepository areas, Today today) {
        this.areas = areas;
        this.today = today;
    }

    /** The unit with this code in force on {@code date}. */
    public Optional<Area> resolve(String code, LocalDate date) {
        return areas.findValidByCode(code, date);
    }

    /** The units in force today that {@code unit} is or became (several for a divided unit; empty: none recorded). */
    public List<Area> successorsToday(Area unit) {
        AreaTimeline timeline = timeline();
        AreaTimeline.Unit start = timeline.byId(unit.id).orElseThrow();
        List<Long> ids = timeline.successorsOn(start, today.date()).stream().map(AreaTimeline.Unit::id).toList();
        return ids.isEmpty() ? List.of() : areas.list("id in ?1 order by code", ids);
    }

    /** Every unit and succession, for resolving many codes in memory (one query each). */
    public AreaTimeline timeline() {
        return new AreaTimeline(areas.timelineUnits(), areas.successions());
    }
}
