package vn.ocop.api.security;

/**
 * Which evaluation rounds a COUNCIL account sits on. The evaluation feature implements this as an
 * {@code @ApplicationScoped} bean over its council tables (council_member.user_id = account username); until
 * then {@link NoRoundMembership} answers "no round".
 */
public interface RoundMembership {

    /** Whether the account {@code username} is a member (any council role) of round {@code roundId}. */
    boolean sitsOnRound(String username, long roundId);
}
