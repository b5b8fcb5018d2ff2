package vn.ocop.api.security;

/**
 * What a caller may see, as plain data (no CDI), so the rules can be unit-tested: ADMIN everything; officers
 * their area and its sub-areas; PRODUCER their own producer; COUNCIL nothing by area (only the rounds they sit
 * on, checked through {@link RoundMembership}); anonymous nothing.
 *
 * @param role null for an anonymous caller
 */
public record Scope(String username, Role role, String areaPath, Long producerId) {

    public static final Scope ANONYMOUS = new Scope(null, null, null, null);

    public boolean anonymous() {
        return role == null;
    }

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }

    /** Whether records in the area with this path are visible: ADMIN, or an officer whose area covers it. */
    public boolean canAccessArea(String targetAreaPath) {
        if (role == Role.ADMIN) {
            return true;
        }
        return role != null && role.isOfficer() && AreaPaths.covers(areaPath, targetAreaPath);
    }

    /**
     * Whether a producer record (and what hangs off it: products, dossiers) is visible: by area for ADMIN and
     * officers, by identity for the PRODUCER account of that producer.
     */
    public boolean canAccessProducer(Long targetProducerId, String producerAreaPath) {
        if (role == Role.PRODUCER) {
            return producerId != null && producerId.equals(targetProducerId);
        }
        return canAccessArea(producerAreaPath);
    }

    /** The filter to AND into list queries for this caller. */
    public ListFilter listFilter() {
        if (role == Role.ADMIN) {
            return ListFilter.UNRESTRICTED;
        }
        if (role != null && role.isOfficer() && areaPath != null) {
            return ListFilter.area(AreaPaths.normalise(areaPath));
        }
        if (role == Role.PRODUCER && producerId != null) {
            return ListFilter.producer(producerId);
        }
        return ListFilter.NOTHING;
    }
}
