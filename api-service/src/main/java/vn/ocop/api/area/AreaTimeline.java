package vn.ocop.api.area;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of every administrative unit with its validity and its successions (dòng thời gian đơn vị hành chính),
 * answering in memory what {@link AreaHistory} answers from the database: the unit a code named on a date, and the
 * units in force today that an ended unit became. For imports that resolve thousands of codes.
 */
public final class AreaTimeline {

    /** A unit as the timeline sees it (valid_to exclusive, as {@link Area}). */
    public record Unit(long id, String code, String name, AreaLevel level, Long parentId, String path,
            LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, List<Unit>> byCode = new HashMap<>();
    private final Map<Long, List<Long>> successors = new HashMap<>();

    AreaTimeline(Collection<Unit> units, Collection<long[]> successions) {
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
        }
        for (long[] pair : successions) {
            successors.computeIfAbsent(pair[0], p -> new ArrayList<>()).add(pair[1]);
        }
    }

    public Optional<Unit> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The unit with this code in force on {@code date} (codes are reused: 00004 is two units). */
    public Optional<Unit> resolve(String code, LocalDate date) {
        Unit found = null;
        for (Unit unit : byCode.getOrDefault(code, List.of())) {
            if (unit.validOn(date) && (found == null || unit.validFrom().isAfter(found.validFrom()))) {
                found = unit;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The units in force on {@code today} that {@code unit} is or became: itself while in force, else its recorded
     * successors (followed through later reorganisations), several for a divided unit; empty when an ended unit has
     * no recorded successor.
     */
    public List<Unit> successorsOn(Unit unit, LocalDate today) {
        if (unit.validOn(today)) {
            return List.of(unit);
        }
        Set<Unit> result = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(successors.getOrDefault(unit.id(), List.of()));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (!seen.add(id)) {
                continue;
            }
            Unit next = byId.get(id);
            if (next == null) {
                continue;
            }
            if (next.validOn(today)) {
                result.add(next);
            } else {
                pending.addAll(successors.getOrDefault(id, List.of()));
            }
        }
        return List.copyOf(result);
    }

    /** Whether {@code ancestorId} is the unit or one above it. */
    public boolean covers(long ancestorId, Unit unit) {
        return unit.path().contains("/" + ancestorId + "/");
    }
}
