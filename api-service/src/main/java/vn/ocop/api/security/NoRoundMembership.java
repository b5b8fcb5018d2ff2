package vn.ocop.api.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Used until the evaluation feature supplies its own {@link RoundMembership}: nobody sits on any round. */
@DefaultBean
@ApplicationScoped
public class NoRoundMembership implements RoundMembership {

    @Override
    public boolean sitsOnRound(String username, long roundId) {
        return false;
    }
}
