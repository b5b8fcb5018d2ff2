package vn.ocop.api.product;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.common.problem.ApiException;

/**
 * Checks a product code against the product's area. Each segment is compared with the unit of the area's chain
 * that it names, when that unit belongs to the map the code form uses: the 2025 form uses units in force from
 * 1 Jul 2025, the older form (with a district) units in force before. Segments naming a unit of the other map
 * (a commune merged in 2025, say) cannot be compared and are accepted on format alone.
 */
final class ProductCodeRules {

    /** First day of the 2025 administrative map (two-level local government). */
    static final LocalDate MAP_2025 = LocalDate.of(2025, 7, 1);

    static final String FIELD = "productCode";

    private ProductCodeRules() {
    }

    static ProductCode parse(String text) {
        return ProductCode.parse(text)
                .orElseThrow(() -> ApiException.invalidField(FIELD, "reason.product-code-format", text));
    }

    static void checkMatchesArea(ProductCode code, ProductAreas.Chain chain) {
        check("province", code.provinceCode(), chain.at(AreaLevel.PROVINCE), code);
        if (code.hasDistrict()) {
            check("district", code.districtCode(), chain.at(AreaLevel.DISTRICT), code);
        }
        Area area = chain.area();
        check("commune", code.communeCode(), area.level == AreaLevel.COMMUNE ? Optional.of(area) : Optional.empty(),
                code);
    }

    private static void check(String segment, String value, Optional<Area> unit, ProductCode code) {
        if (unit.isEmpty() || !sameMap(unit.get(), code)) {
            return;
        }
        Area area = unit.get();
        if (!area.code.equals(value)) {
            throw ApiException.invalidField(FIELD, "reason.product-code-area", segment, value,
                    area.name + " (" + area.code + ")");
        }
    }

    private static boolean sameMap(Area unit, ProductCode code) {
        if (code.hasDistrict()) {
            return unit.validFrom.isBefore(MAP_2025);
        }
        return unit.validTo == null || unit.validTo.isAfter(MAP_2025);
    }
}
