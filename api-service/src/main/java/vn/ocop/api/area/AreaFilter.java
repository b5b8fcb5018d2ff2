package vn.ocop.api.area;

import java.time.LocalDate;

/**
 * Filters of the area list. {@code validOn} null means every validity period (historical units included).
 *
 * @param level unit level, or null for all
 * @param parentId only children of this unit
 * @param parentCode only children of units with this code
 * @param query part of the name, compared without diacritics or case
 * @param validOn only units in force on that day; null for all
 */
public record AreaFilter(AreaLevel level, Long parentId, String parentCode, String query, LocalDate validOn) {
}
