package vn.ocop.api.security;

/** Names of the OCOP claims in our access tokens, next to the standard upn, groups, iss, exp. */
public final class TokenClaims {

    /** Id of the officer's area (area.id). */
    public static final String AREA_ID = "area_id";
    /** Path of the officer's area ("/3/17/412/"): the officer sees every record whose area path starts with it. */
    public static final String AREA_PATH = "area_path";
    /** Id of the producer a PRODUCER account acts for (producer.id). */
    public static final String PRODUCER_ID = "producer_id";
    /**
     * Version of the account when the token was issued (tokens of this service only): the token stops working
     * when the account changes (see {@link TokenIdentityAugmentor}).
     */
    public static final String ACCOUNT_VERSION = "account_version";
    /** Display name of the account. */
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
