package vn.ocop.api.security;

import static vn.ocop.api.common.time.ClockProducer.VIETNAM;
import static vn.ocop.api.security.AccessMatrixTest.STALE;
import static vn.ocop.api.security.AccessMatrixTest.areaOnly;
import static vn.ocop.api.security.AccessMatrixTest.fx;
import static vn.ocop.api.security.AccessMatrixTest.get;
import static vn.ocop.api.security.AccessMatrixTest.ownOrArea;
import static vn.ocop.api.security.AccessMatrixTest.rule;
import static vn.ocop.api.security.AccessMatrixTest.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ocop.api.common.FullBodies;
import vn.ocop.api.dossier.DossierUpdateRequest;
import vn.ocop.api.security.AccessMatrixTest.Caller;
import vn.ocop.api.security.AccessMatrixTest.Endpoint;

/**
 * The evaluation workflow's rows of the access matrix (rules: {@code DossierAccess}, {@code RoundAccess}, {@code CertificateAccess} and the role gates of the
 * evaluation resources; docs/security.md, "Evaluation endpoints"). Records: {@link EvaluationMatrixData}.
 *
 * <p>Statuses are given in the order of {@link Caller}: anonymous, ADMIN, PROVINCE, PROVINCE_OTHER, DISTRICT,
 * COMMUNE, COMMUNE_OTHER, COUNCIL (sits on no round here), COUNCIL_MEMBER (chair of the round), PRODUCER,
 * PRODUCER_OTHER. The round is a provincial round of province P: neither the district nor the commune officer's area
 * covers it (404), even for dossiers of their own area. The dossiers are filed under 148 as amended by 1489, which
 * has no district step: the district officer sees them (area) but may not act on them (403).
 *
 * <p>Nothing is changed by the writes below unless they are creations: an allowed call ends in 412 (stale If-Match)
 * or in the workflow's 409 (the dossier is already in the round, the chair's sheet is already submitted, a member's
 * sheet is missing, the result is not final), each checked after the role and scope rules.
 */
final class EvaluationMatrixRows {

    private EvaluationMatrixRows() {
    }

    static List<Endpoint> endpoints() {
        return List.of(
                // Dossiers: filed for a product the caller reaches; read by area, producer, or the council's rounds.
                write("POST", "/api/v1/dossiers", () -> "/api/v1/dossiers", null,
                        () -> EvaluationMatrixData.dossierBody(newProduct()),
                        rule(401, 201, 201, 400, 403, 201, 400, 403, 403, 201, 400)),
                get("/api/v1/dossiers", () -> "/api/v1/dossiers",
                        rule(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("/api/v1/dossiers/{id}", () -> dossier(fx.ev().scoring()),
                        rule(401, 200, 200, 404, 200, 200, 404, 404, 200, 200, 404)),
                write("PUT", "/api/v1/dossiers/{id}", () -> dossier(fx.ev().draft()), STALE,
                        EvaluationMatrixRows::noteBody, draftAction()),
                // ... a submitted dossier is no longer the producer's to change (403), still the officers' (412).
                write("PUT", "/api/v1/dossiers/{id}", () -> dossier(fx.ev().submitted()), STALE,
                        EvaluationMatrixRows::noteBody, rule(401, 412, 412, 404, 403, 412, 404, 403, 403, 403, 404)),
                write("POST", "/api/v1/dossiers/{id}/submission", () -> dossier(fx.ev().draft()) + "/submission",
                        STALE, null, draftAction()),
                write("POST", "/api/v1/dossiers/{id}/withdrawal", () -> dossier(fx.ev().draft()) + "/withdrawal",
                        STALE, null, draftAction()),
                write("POST", "/api/v1/dossiers/{id}/commune-assessment",
                        () -> dossier(fx.ev().submitted()) + "/commune-assessment", STALE,
                        EvaluationMatrixData::communeAssessmentBody, officersOfCommune()),
                // Returned by the commune only while it waits at the commune ...
                write("POST", "/api/v1/dossiers/{id}/return", () -> dossier(fx.ev().submitted()) + "/return", STALE,
                        EvaluationMatrixRows::returnBody, officersOfCommune()),
                // ... not once it is at the province (in the provincial round): 403 for the commune officer.
                write("POST", "/api/v1/dossiers/{id}/return", () -> dossier(fx.ev().scoring()) + "/return", STALE,
                        EvaluationMatrixRows::returnBody, rule(401, 412, 412, 404, 403, 403, 404, 403, 403, 403, 403)),

                // Rounds: run by ADMIN and the province (province/district level); an areaId outside one's reach is
                // 400 areaId, as an unknown id (existence not revealed).
                write("POST", "/api/v1/evaluation-rounds", () -> "/api/v1/evaluation-rounds", null,
                        () -> newRound("PROVINCE"), rule(401, 201, 201, 400, 400, 403, 403, 403, 403, 403, 403)),
                // ... a central (ministry) round is not the province's to run.
                write("POST", "/api/v1/evaluation-rounds", () -> "/api/v1/evaluation-rounds", null,
                        () -> newRound("CENTRE"), rule(401, 201, 403, 400, 400, 403, 403, 403, 403, 403, 403)),
                get("/api/v1/evaluation-rounds", () -> "/api/v1/evaluation-rounds",
                        rule(401, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403)),
                get("/api/v1/evaluation-rounds/{roundId}", EvaluationMatrixRows::round, roundRead()),
                write("POST", "/api/v1/evaluation-rounds/{roundId}/closure", () -> round() + "/closure", STALE, null,
                        organisers(412)),
                write("POST", "/api/v1/evaluation-rounds/{roundId}/dossiers", () -> round() + "/dossiers", null,
                        () -> Map.of("dossierId", fx.ev().scoring()), organisers(409)),
                get("/api/v1/evaluation-rounds/{roundId}/dossiers", () -> round() + "/dossiers", roundRead()),

                // Score sheets: each member their own (ADMIN any member's); officers of the round see, may not score.
                write("POST", "/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets",
                        () -> entry(fx.ev().scoring()) + "/score-sheets", null,
                        () -> Map.of("memberId", fx.ev().chair(), "answers", answers()),
                        rule(401, 409, 403, 404, 404, 404, 404, 404, 409, 403, 403)),
                write("PUT", "/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets/{memberId}",
                        () -> entry(fx.ev().scoring()) + "/score-sheets/" + fx.ev().chair(), STALE,
                        EvaluationMatrixRows::answers, rule(401, 412, 403, 404, 404, 404, 404, 404, 412, 403, 403)),
                get("/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/score-sheets",
                        () -> entry(fx.ev().scoring()) + "/score-sheets", roundRead()),

                // Results: read by the round's readers and the dossier's producer; closed by the chair alone.
                get("/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/result",
                        () -> entry(fx.ev().decided()) + "/result", entryRead()),
                write("POST", "/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/result/closure",
                        () -> entry(fx.ev().scoring()) + "/result/closure", null, null,
                        rule(401, 403, 403, 404, 404, 404, 404, 404, 409, 403, 403)),
                write("POST", "/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/decision",
                        () -> entry(fx.ev().scoring()) + "/decision", null, EvaluationMatrixData::decisionBody,
                        organisers(409)),
                get("/api/v1/evaluation-rounds/{roundId}/dossiers/{dossierId}/decision",
                        () -> entry(fx.ev().decided()) + "/decision", entryRead()),

                // Certificates: by area or producer; no council. Revoked by ADMIN, or the province for 3★/4★ as the
                // province.
                get("/api/v1/certificates", () -> "/api/v1/certificates",
                        rule(401, 200, 200, 200, 200, 200, 200, 403, 403, 200, 200)),
                get("/api/v1/certificates/{id}", () -> certificate(), ownOrArea(200)),
                // Verification counts (issue 11): officers of the certificate's area only.
                get("/api/v1/certificates/{id}/verifications", () -> certificate() + "/verifications", areaOnly(200)),
                write("POST", "/api/v1/certificates/{id}/revocation", () -> certificate() + "/revocation", STALE,
                        () -> revocationBody("PROVINCE"), rule(401, 412, 412, 404, 403, 403, 403, 403, 403, 403, 403)),
                write("POST", "/api/v1/certificates/{id}/revocation", () -> certificate() + "/revocation", STALE,
                        () -> revocationBody("CENTRE"), rule(401, 412, 403, 404, 403, 403, 403, 403, 403, 403, 403)),

                // A product's timeline (its producer too) and audit log (officers: snapshots hold member sheets).
                get("/api/v1/products/{productId}/timeline",
                        () -> "/api/v1/products/" + fx.product().id + "/timeline", ownOrArea(200)),
                get("/api/v1/products/{productId}/audit-log",
                        () -> "/api/v1/products/" + fx.product().id + "/audit-log", areaOnly(200)),
                // Per record: officers outside the record's area get an empty page, not a 404.
                get("/api/v1/audit-log", () -> "/api/v1/audit-log?entityType=dossier&entityId=" + fx.ev().draft(),
                        rule(401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403)));
    }

    // ---- expected statuses by rule ----

    /** A producer's own draft: officers of its area (DISTRICT only under historical rules) and the producer. */
    static Map<Caller, Integer> draftAction() {
        return rule(401, 412, 412, 404, 403, 412, 404, 403, 403, 412, 404);
    }

    /** Officers' acts on a dossier waiting at the commune (ADMIN, PROVINCE, COMMUNE of its area; no DISTRICT here). */
    static Map<Caller, Integer> officersOfCommune() {
        return rule(401, 412, 412, 404, 403, 412, 404, 403, 403, 403, 403);
    }

    /** Reads of the provincial round: ADMIN, the province's officers, the council members sitting on it. */
    static Map<Caller, Integer> roundRead() {
        return rule(401, 200, 200, 404, 404, 404, 404, 404, 200, 403, 403);
    }

    /** As {@link #roundRead}, plus the dossier's own producer. */
    static Map<Caller, Integer> entryRead() {
        return rule(401, 200, 200, 404, 404, 404, 404, 404, 200, 200, 404);
    }

    /** Running the provincial round: ADMIN and the province's officers. */
    static Map<Caller, Integer> organisers(int ok) {
        return rule(401, ok, ok, 404, 404, 403, 403, 403, 403, 403, 403);
    }

    // ---- calls and bodies ----

    static String dossier(long id) {
        return "/api/v1/dossiers/" + id;
    }

    static String round() {
        return "/api/v1/evaluation-rounds/" + fx.ev().roundId();
    }

    static String entry(long dossierId) {
        return EvaluationMatrixData.entry(fx.ev().roundId(), dossierId);
    }

    static String certificate() {
        return "/api/v1/certificates/" + fx.certificate().id;
    }

    static long newProduct() {
        return EvaluationMatrixData.product(TestTokens.admin(), fx.producer().id);
    }

    static Map<String, Object> newRound(String level) {
        String u = SecurityTestData.unique();
        return EvaluationMatrixData.roundBody(level, fx.province().id, "chutich.moi." + u, "thanhvien.moi." + u,
                "thuky.moi." + u);
    }

    static Map<String, String> answers() {
        return EvaluationMatrixData.answers(new BigDecimal("69"));
    }

    static Map<String, Object> noteBody() {
        return FullBodies.of(DossierUpdateRequest.class, Map.of("note", "Bổ sung phiếu kết quả kiểm nghiệm"));
    }

    static Map<String, Object> returnBody() {
        return Map.of("reason", "Thiếu phiếu kết quả kiểm nghiệm chất lượng");
    }

    static Map<String, Object> revocationBody(String level) {
        return Map.of("ground", "PRODUCTION_STOPPED",
                "revokedOn", LocalDate.now(VIETNAM).toString(), "revokingLevel", level,
                "revokingBody", "UBND tỉnh Ma Trận", "note", "Chủ thể đã ngừng sản xuất");
    }
}
