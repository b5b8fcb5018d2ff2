package vn.ocop.api.round;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.api.dossier.DossierAccess;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.Scope;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.process.Level;

/**
 * Who may see and run evaluation rounds (issue 5, "Scoping rules"): rounds are run (created, filled, closed,
 * decided) by ADMIN at every level, PROVINCE officers at province and district level in their province, DISTRICT
 * officers at district level under the rule sets with a district step; COUNCIL accounts see the rounds they sit on
 * and write their own sheets; producers read the results of their own dossiers.
 */
@ApplicationScoped
public class RoundAccess {

    static final String USER_PARAMETER = "scopeUser";

    private final AccessPolicy access;
    private final Caller caller;
    private final Catalogue catalogue;

    public RoundAccess(AccessPolicy access, Caller caller, Catalogue catalogue) {
        this.access = access;
        this.caller = caller;
        this.catalogue = catalogue;
    }

    public Scope scope() {
        return caller.scope();
    }

    public boolean isProducer() {
        return caller.scope().is(Role.PRODUCER);
    }

    /** 404 unless the caller sits on the round (COUNCIL) or its area is theirs (ADMIN, officers). */
    public void requireRoundVisible(long roundId, String roundAreaPath) {
        access.requireRoundVisible(roundId, roundAreaPath, "entity.evaluation-round", roundId);
    }

    /**
     * 403 unless the caller runs rounds of this level under this rule set: ADMIN always; PROVINCE at province or
     * district level; DISTRICT at district level under a rule set with a district step. (The area was checked: 404.)
     */
    public void requireRoundOrganiser(Level level, String ruleSetId) {
        access.requireRole(Role.ADMIN, Role.PROVINCE, Role.DISTRICT);
        Scope scope = caller.scope();
        boolean ok = scope.is(Role.ADMIN)
                || scope.is(Role.PROVINCE) && (level == Level.PROVINCE || level == Level.DISTRICT)
                || scope.is(Role.DISTRICT) && level == Level.DISTRICT
                        && DossierAccess.hasDistrictLevel(catalogue, ruleSetId);
        if (!ok) {
            throw AccessPolicy.forbidden();
        }
    }

    /** The JPQL condition limiting a round list ({@code EvaluationRound} as the root entity), or null. */
    public String roundListClause(Parameters params) {
        Scope scope = caller.scope();
        if (scope.is(Role.COUNCIL)) {
            params.and(USER_PARAMETER, scope.username());
            return "id in (select m.round.id from CouncilMember m where m.userId = :" + USER_PARAMETER + ")";
        }
        return scope.listFilter().jpql("areaPath", null, params);
    }

    /**
     * A dossier's place in a round, for reading its sheets, result and decision: the producer of the dossier (404 for
     * other producers), or whoever sees the round.
     */
    public void requireEntryReadable(long roundId, String roundAreaPath, Dossier dossier) {
        if (isProducer()) {
            if (!caller.scope().canAccessProducer(dossier.product.producer.id, dossier.product.areaPath)) {
                throw ApiException.notFound("entity.round-dossier", roundId + "/" + dossier.id);
            }
            return;
        }
        requireRoundVisible(roundId, roundAreaPath);
    }

    /** A score sheet is written by the member themself (user name = member id); ADMIN may enter any member's. */
    public void requireOwnSheet(String memberId) {
        Scope scope = caller.scope();
        if (!scope.is(Role.ADMIN) && (scope.username() == null || !scope.username().equals(memberId))) {
            throw AccessPolicy.forbidden("detail.forbidden.own-sheet", memberId, scope.username());
        }
    }
}
