package vn.ocop.api.dossier;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.Scope;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/**
 * Who may see and act on a dossier (issue 5, "Scoping rules"), on top of {@link AccessPolicy}: outside the caller's
 * reach is 404, visible but not theirs to act on is 403. Officers see their area and below; DISTRICT officers act only
 * under the rule sets that had a district step (the engine's {@link RuleSet#hasDistrictLevel()}); PRODUCER accounts
 * change only their own dossiers while a draft or returned for supplement; COUNCIL accounts see the dossiers of the
 * rounds they sit on.
 */
@ApplicationScoped
public class DossierAccess {

    static final String USER_PARAMETER = "scopeUser";

    private final AccessPolicy access;
    private final Caller caller;
    private final Catalogue catalogue;

    public DossierAccess(AccessPolicy access, Caller caller, Catalogue catalogue) {
        this.access = access;
        this.caller = caller;
        this.catalogue = catalogue;
    }

    public Scope scope() {
        return caller.scope();
    }

    /**
     * 404 unless the dossier is visible: by its product's area (ADMIN, officers), its producer (PRODUCER), or a
     * round the COUNCIL account sits on ({@code onCouncilRound} answers that).
     */
    public void requireDossierVisible(Dossier dossier, java.util.function.LongPredicate onCouncilRound) {
        Scope scope = caller.scope();
        boolean visible = scope.is(Role.COUNCIL) ? onCouncilRound.test(dossier.id)
                : scope.canAccessProducer(dossier.product.producer.id, dossier.product.areaPath);
        if (!visible) {
            throw ApiException.notFound("entity.dossier", dossier.id);
        }
    }

    /**
     * After {@link #requireDossierVisible}: 403 unless the caller has one of {@code roles}; a PRODUCER only while the
     * dossier is a draft or returned for supplement; a DISTRICT officer only under a rule set with a district step.
     */
    public void requireDossierAction(Dossier dossier, Role... roles) {
        access.requireRole(roles);
        if (caller.scope().is(Role.PRODUCER) && !DossierStep.EDIT.allowedFrom(dossier.status)) {
            throw AccessPolicy.forbidden();
        }
        requireDistrictRules(dossier.ruleSetId);
    }

    /** Only for DISTRICT officers: 403 unless the rule set had a district step. */
    public void requireDistrictRules(String ruleSetId) {
        if (caller.scope().is(Role.DISTRICT) && !hasDistrictLevel(catalogue, ruleSetId)) {
            throw AccessPolicy.forbidden();
        }
    }

    /** Whether the rule set {@code ruleSetId} had a district step (cấp huyện, abolished 1 Jul 2025). */
    public static boolean hasDistrictLevel(Catalogue catalogue, String ruleSetId) {
        return catalogue.ruleSet(ruleSetId).map(RuleSet::hasDistrictLevel).orElse(false);
    }

    /**
     * A commune officer returns only what waits at the commune, a district officer what waits at the district or the
     * commune; province officers and ADMIN anything visible.
     */
    public void requireMayReturn(Dossier dossier) {
        Scope scope = caller.scope();
        boolean ok = !scope.is(Role.COMMUNE) && !scope.is(Role.DISTRICT)
                || scope.is(Role.COMMUNE) && dossier.queueLevel == Level.COMMUNE
                || scope.is(Role.DISTRICT) && (dossier.queueLevel == Level.DISTRICT || dossier.queueLevel == Level.COMMUNE);
        if (!ok) {
            throw AccessPolicy.forbidden();
        }
    }

    /** The JPQL condition limiting a dossier list ({@code Dossier} as the root entity) to the caller's, or null. */
    public String dossierListClause(Parameters params) {
        Scope scope = caller.scope();
        if (scope.is(Role.COUNCIL)) {
            params.and(USER_PARAMETER, scope.username());
            return "id in (select e.dossier.id from RoundDossier e, CouncilMember m where m.round = e.round"
                    + " and m.userId = :" + USER_PARAMETER + ")";
        }
        return scope.listFilter().jpql("product.areaPath", "product.producer.id", params);
    }
}
