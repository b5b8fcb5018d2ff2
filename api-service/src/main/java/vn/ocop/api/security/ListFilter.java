package vn.ocop.api.security;

import java.util.Map;

/**
 * The restriction a caller puts on list queries: none (ADMIN), an area-path prefix (officers), one producer
 * (PRODUCER), or nothing at all (COUNCIL and anyone else, whose lists come from their rounds). Use
 * {@link #jpql} and {@link #parameters} to AND it into a Panache query:
 *
 * <pre>{@code
 * ListFilter scope = accessPolicy.listFilter();
 * StringBuilder where = new StringBuilder("stage = :stage");
 * Map<String, Object> params = new HashMap<>(Map.of("stage", stage));
 * String clause = scope.jpql("areaPath", "producer.id");
 * if (clause != null) { where.append(" and ").append(clause); params.putAll(scope.parameters()); }
 * }</pre>
 */
public record ListFilter(Kind kind, String areaPathPrefix, Long producerId) {

    public enum Kind { UNRESTRICTED, AREA, PRODUCER, NOTHING }

    public static final String AREA_PARAMETER = "scopeAreaPath";
    public static final String PRODUCER_PARAMETER = "scopeProducerId";

    public static final ListFilter UNRESTRICTED = new ListFilter(Kind.UNRESTRICTED, null, null);
    public static final ListFilter NOTHING = new ListFilter(Kind.NOTHING, null, null);

    public static ListFilter area(String areaPathPrefix) {
        return new ListFilter(Kind.AREA, areaPathPrefix, null);
    }

    public static ListFilter producer(long producerId) {
        return new ListFilter(Kind.PRODUCER, null, producerId);
    }

    /**
     * A JPQL condition over the entity's area-path attribute and producer-id attribute (either may be null
     * when the entity has none: the condition is then false for that kind), or null when unrestricted.
     */
    public String jpql(String areaPathAttribute, String producerIdAttribute) {
        switch (kind) {
            case UNRESTRICTED:
                return null;
            case AREA:
                return areaPathAttribute == null ? "1 = 0" : areaPathAttribute + " like :" + AREA_PARAMETER;
            case PRODUCER:
                return producerIdAttribute == null ? "1 = 0" : producerIdAttribute + " = :" + PRODUCER_PARAMETER;
            default:
                return "1 = 0";
        }
    }

    /** Named parameters used by {@link #jpql}. Area paths are ids and slashes only, so no LIKE escaping. */
    /** {@link #jpql} with its parameters added to {@code params}; null (and nothing added) when unrestricted. */
    public String jpql(String areaPathAttribute, String producerIdAttribute, io.quarkus.panache.common.Parameters params) {
        String clause = jpql(areaPathAttribute, producerIdAttribute);
        if (clause != null) {
            parameters().forEach(params::and);
        }
        return clause;
    }

    public Map<String, Object> parameters() {
        switch (kind) {
            case AREA:
                return Map.of(AREA_PARAMETER, areaPathPrefix + "%");
            case PRODUCER:
                return Map.of(PRODUCER_PARAMETER, producerId);
            default:
                return Map.of();
        }
    }

    /** True for ADMIN: no condition to add. */
    public boolean unrestricted() {
        return kind == Kind.UNRESTRICTED;
    }
}
