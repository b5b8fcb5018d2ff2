package vn.ocop.api.producer;

/**
 * Filters of the producer list; null means "any".
 *
 * @param query part of the name, compared without diacritics or case
 * @param type legal form
 * @param areaId the area and every unit below it
 * @param registrationCode exact registration code
 * @param taxCode exact tax code (mã số thuế)
 */
public record ProducerFilter(String query, ProducerType type, Long areaId, String registrationCode, String taxCode) {
}
