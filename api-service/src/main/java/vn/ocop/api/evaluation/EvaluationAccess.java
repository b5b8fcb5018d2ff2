package vn.ocop.api.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.api.dossier.DossierStatus;
import vn.ocop.api.product.Product;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.ListFilter;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.Scope;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.process.Level;

/**
 * Who may see and do what in the evaluation workflow (issue 5, "Scoping rules"), on top of {@link AccessPolicy}:
 * objects outside the caller's reach are 404, objects the caller may see but not act on are 403.
 * <ul>
 * <li>Officers (PROVINCE, DISTRICT, COMMUNE) see their area and its sub-areas; DISTRICT officers act only under
 * the historical rule sets whose process has a district level ({@link RuleSet#hasDistrictLevel()}: 148, 1048).</li>
 * <li>COUNCIL accounts see the rounds they sit on (council_member.user_id = user name) and their dossiers.</li>
 * <li>PRODUCER accounts see their own producer's dossiers, results (without member sheets), decisions and
 * certificates, and change only their own dossiers while a draft or returned for supplement.</li>
 * <li>Rounds are run (created, filled, closed, decided) by ADMIN at every level, PROVINCE officers at province and
 * district level in their province, DISTRICT officers at district level under the historical rule sets.</li>
 * </ul>
 */
@ApplicationScoped
public class EvaluationAccess {

    static final String USER_PARAMETER = "scopeUser";

    private final AccessPolicy access;
    private final Caller caller;
    private final Catalogue catalogue;

    public EvaluationAccess(AccessPolicy access, Caller caller, Catalogue catalogue) {
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

    // ---- dossiers ------------------------------------------------------------------------------------------------

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
     * dossier is a draft or returned for supplement; a DISTRICT officer only under a historical rule set.
     */
    public void requireDossierAction(Dossier dossier, Role... roles) {
        access.requireRole(roles);
        Scope scope = caller.scope();
        if (scope.is(Role.PRODUCER) && dossier.status != DossierStatus.DRAFT && dossier.status != DossierStatus.RETURNED) {
            throw AccessPolicy.forbidden();
        }
        requireDistrictRules(dossier.ruleSetId);
    }

    /** Only for DISTRICT officers: 403 unless the rule set had a district step. */
    public void requireDistrictRules(String ruleSetId) {
        if (caller.scope().is(Role.DISTRICT) && !hasDistrictLevel(ruleSetId)) {
            throw AccessPolicy.forbidden();
        }
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
        return clause(scope.listFilter(), "product.areaPath", "product.producer.id", params);
    }

    // ---- rounds --------------------------------------------------------------------------------------------------

    /** 404 unless the caller sits on the round (COUNCIL) or its area is theirs (ADMIN, officers). */
    public void requireRoundVisible(long roundId, String roundAreaPath) {
        access.requireRoundVisible(roundId, roundAreaPath, "entity.evaluation-round", roundId);
    }

    /**
     * 403 unless the caller runs rounds of this level under this rule set: ADMIN always; PROVINCE at province or
     * district level; DISTRICT at district level under a historical rule set. (The area was checked before: 404.)
     */
    public void requireRoundOrganiser(Level level, String ruleSetId) {
        access.requireRole(Role.ADMIN, Role.PROVINCE, Role.DISTRICT);
        Scope scope = caller.scope();
        boolean ok = scope.is(Role.ADMIN)
                || scope.is(Role.PROVINCE) && (level == Level.PROVINCE || level == Level.DISTRICT)
                || scope.is(Role.DISTRICT) && level == Level.DISTRICT && hasDistrictLevel(ruleSetId);
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
        return clause(scope.listFilter(), "areaPath", null, params);
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

    // ---- certificates, products ----------------------------------------------------------------------------------

    public void requireCertificateVisible(Certificate certificate) {
        access.requireProducerVisible(certificate.product.producer.id, certificate.areaPath, "entity.certificate",
                certificate.id);
    }

    /**
     * Revocation, the caller's scope only: ADMIN (the ministry, any level), or a PROVINCE officer of the certificate's
     * province acting as the province; everyone else 403. Which level may revoke which tier is the engine's rule
     * ({@code CertificateRules.checkRevocation}, in {@code CertificateService.revoke}).
     */
    public void requireRevoker(Certificate certificate, Level revokingLevel) {
        access.requireRole(Role.ADMIN, Role.PROVINCE);
        if (caller.scope().is(Role.PROVINCE) && revokingLevel != Level.PROVINCE) {
            throw AccessPolicy.forbidden("detail.forbidden.revoke-level", revokingLevel);
        }
    }

    /** The JPQL condition limiting a certificate list, or null. */
    public String certificateListClause(Parameters params) {
        return clause(caller.scope().listFilter(), "areaPath", "product.producer.id", params);
    }

    /** 404 unless the product is in the caller's area or is their producer's. */
    public void requireProductVisible(Product product) {
        access.requireProducerVisible(product.producer.id, product.areaPath, "entity.product", product.id);
    }

    /** For officers: the area prefix of what they see; null for ADMIN. */
    public String areaPathPrefix() {
        return access.areaPathPrefix();
    }

    /** Whether the rule set's process has a district level (cấp huyện, abolished on the catalogue's reform day). */
    private boolean hasDistrictLevel(String ruleSetId) {
        return catalogue.ruleSet(ruleSetId).map(RuleSet::hasDistrictLevel).orElse(false);
    }

    private static String clause(ListFilter filter, String areaPathAttribute, String producerIdAttribute,
            Parameters params) {
        String clause = filter.jpql(areaPathAttribute, producerIdAttribute);
        if (clause != null) {
            filter.parameters().forEach(params::and);
        }
        return clause;
    }
}
