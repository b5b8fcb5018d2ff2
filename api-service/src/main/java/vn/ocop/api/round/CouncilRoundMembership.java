package vn.ocop.api.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.api.security.RoundMembership;

/** Which rounds a COUNCIL account sits on: council_member.user_id is the account's user name. */
@ApplicationScoped
public class CouncilRoundMembership implements RoundMembership {

    private final CouncilMemberRepository members;

    public CouncilRoundMembership(CouncilMemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional
    public boolean sitsOnRound(String username, long roundId) {
        return username != null && members.count("round.id = ?1 and userId = ?2", roundId, username) > 0;
    }
}
