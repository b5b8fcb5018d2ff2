package vn.ocop.api.product;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.scoring.catalogue.Catalogue;

/** The chain of administrative units above a product's area, read from the area's path. */
@ApplicationScoped
public class ProductAreas {

    private final AreaRepository areas;
    private final Catalogue catalogue;

    public ProductAreas(AreaRepository areas, Catalogue catalogue) {
        this.areas = areas;
        this.catalogue = catalogue;
    }

    /** The area and the units above it, from the province down. */
    public Chain chainOf(Area area) {
        List<Long> ids = Arrays.stream(area.path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Long, Area> byId = areas.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Area> units = new ArrayList<>();
        for (Long id : ids) {
            Area unit = byId.get(id);
            if (unit != null) {
                units.add(unit);
            }
        }
        if (units.isEmpty() || !units.get(units.size() - 1).id.equals(area.id)) {
            units.add(area);
        }
        return new Chain(units, catalogue.districtsAbolishedOn());
    }

    /**
     * Units from the province down to the area itself.
     *
     * @param map2025From the first day of the 2025 two-level map: the day district-level units ended (the engine's
     *                    {@link Catalogue#districtsAbolishedOn()})
     */
    public record Chain(List<Area> units, LocalDate map2025From) {

        public Optional<Area> at(AreaLevel level) {
            return units.stream().filter(a -> a.level == level).findFirst();
        }

        public Area area() {
            return units.get(units.size() - 1);
        }
    }
}
