package vn.ocop.api.product;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.problem.ApiException;

/**
 * Checks a product code against the product's area. Each segment is compared with the unit of the area's chain
 * that it names, when that unit belongs to the map the code form uses: the 2025 form uses units in force from
 * the day district-level units ended (1 Jul 2025, the catalogue's {@code districtsAbolishedOn}), the older form
 * (with a district) units in force before. Segments naming a unit of the other map
 * (a commune merged in 2025, say) cannot be compared and are accepted on format alone.
 */
final class ProductCodeRules {

    static final String FIELD = "productCode";

    private ProductCodeRules() {
    }

    static ProductCode parse(String text) {
        return ProductCode.parse(text)
                .orElseThrow(() -> ApiException.invalidField(FIELD, "reason.product-code-format", text));
    }

    static void checkMatchesArea(ProductCode code, ProductAreas.Chain chain) {
        LocalDate map2025 = chain.map2025From();
        check("province", code.provinceCode(), chain.at(AreaLevel.PROVINCE), code, map2025);
        if (code.hasDistrict()) {
            check("district", code.districtCode(), chain.at(AreaLevel.DISTRICT), code, map2025);
        }
        Area area = chain.area();
        check("commune", code.communeCode(), area.level == AreaLevel.COMMUNE ? Optional.of(area) : Optional.empty(),
                code, map2025);
    }

    private static void check(String segment, String value, Optional<Area> unit, ProductCode code, LocalDate map2025) {
        if (unit.isEmpty() || !sameMap(unit.get(), code, map2025)) {
            return;
        }
        Area area = unit.get();
        if (!area.code.equals(value)) {
            throw ApiException.invalidField(FIELD, "reason.product-code-area", segment, value,
                    area.name + " (" + area.code + ")");
        }
    }

    /** Whether the unit belongs to the map the code form uses ({@code map2025}: the first day of the 2025 map). */
    static boolean sameMap(Area unit, ProductCode code, LocalDate map2025) {
        if (code.hasDistrict()) {
            return unit.validFrom.isBefore(map2025);
        }
        return onMap2025(unit, map2025);
    }

    /** Whether the unit is still in force on the 2025 map (not ended on or before its first day). */
    static boolean onMap2025(Area unit, LocalDate map2025) {
        return unit.validTo == null || unit.validTo.isAfter(map2025);
    }
}
