package vn.ocop.api.security;

/** Role names as compile-time constants, for {@code @RolesAllowed({Roles.ADMIN, Roles.PROVINCE})}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROVINCE = "PROVINCE";
    public static final String DISTRICT = "DISTRICT";
    public static final String COMMUNE = "COMMUNE";
    public static final String COUNCIL = "COUNCIL";
    public static final String PRODUCER = "PRODUCER";

    private Roles() {
    }
}
