package vn.ocop.api.security;

import java.util.Optional;

/**
 * What an account may do (vai trò). The role is the JWT "groups" claim and the name used in
 * {@code @RolesAllowed}; see {@link Roles} for the string constants.
 */
public enum Role {
    /** National administrator (quản trị, cấp trung ương): everything, everywhere. */
    ADMIN,
    /** Province officer (cán bộ cấp tỉnh): the province and every unit below it. */
    PROVINCE,
    /** District officer (cán bộ cấp huyện), for the historical rule sets: the district and its communes. */
    DISTRICT,
    /** Commune officer (cán bộ cấp xã): the commune. */
    COMMUNE,
    /** Council member (thành viên hội đồng đánh giá): the rounds they sit on. */
    COUNCIL,
    /** Producer (chủ thể OCOP): their own producer record, products and draft dossiers. */
    PRODUCER;

    /** Officers are bound to an area and see it and its sub-areas. */
    public boolean isOfficer() {
        return this == PROVINCE || this == DISTRICT || this == COMMUNE;
    }

    /**
     * The role of exactly this name ({@code "ADMIN"}; not {@code "admin"} nor {@code " ADMIN"}): the same rule as
     * {@code @RolesAllowed}, which compares names exactly.
     */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
