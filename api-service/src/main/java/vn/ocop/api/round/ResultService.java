package vn.ocop.api.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateIssuer;
import vn.ocop.api.certificate.ReEvaluationFiling;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.api.dossier.DossierResponse;
import vn.ocop.api.product.ProductStage;
import vn.ocop.api.dossier.DossierStep;
import vn.ocop.scoring.MemberSheet;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.DecisionCheck;
import vn.ocop.scoring.lifecycle.DecisionDateCheck;
import vn.ocop.scoring.lifecycle.DecisionRules;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.lifecycle.ProposedDecision;
import vn.ocop.scoring.process.NextStep;

/**
 * Results and decisions. The result is the engine's, from all submitted sheets; the chair makes it final when
 * every scoring member has submitted. Which decision the result allows, and on which dates, is the engine's
 * ({@link DecisionRules}); this service only validates the input, records the decision and issues the certificate.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    static final String AUDIT_DECISION = "decision";

    private final RoundDossierRepository entries;
    private final ScoreSheetRepository sheets;
    private final DecisionRepository decisions;
    private final CertificateIssuer certificates;
    private final ScoringEngine engine;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Today today;
    private final ReEvaluationFiling reEvaluations;
    private final RoundAccess access;

    public ResultService(RoundDossierRepository entries, ScoreSheetRepository sheets, DecisionRepository decisions,
            CertificateIssuer certificates, ScoringEngine engine, AuditLog audit, ObjectMapper json,
            RoundAccess access, Today today, ReEvaluationFiling reEvaluations) {
        this.reEvaluations = reEvaluations;
        this.today = today;
        this.access = access;
        this.entries = entries;
        this.sheets = sheets;
        this.decisions = decisions;
        this.certificates = certificates;
        this.engine = engine;
        this.audit = audit;
        this.json = json;
    }

    /** The council's full result (officers, council members, ADMIN). */
    @Transactional
    public ResultResponse result(long roundId, long dossierId) {
        RoundDossier entry = readable(roundId, dossierId);
        List<ScoreSheet> submitted = submitted(entry);
        ScoreResult result = entry.finalResult ? stored(entry) : submitted.isEmpty() ? null : compute(entry, submitted);
        return response(entry, submitted, result);
    }

    /**
     * The result as its producer reads it: the final numbers and the explanation, without any member's sheet, id
     * or total; nothing but the status while the council is still scoring.
     */
    @Transactional
    public ProducerResultResponse resultForProducer(long roundId, long dossierId) {
        RoundDossier entry = readable(roundId, dossierId);
        return ProducerResultResponse.of(entry, entry.finalResult ? stored(entry) : null);
    }

    /** Whether the caller reads results as a producer (the producer view). */
    public boolean producerView() {
        return access.isProducer();
    }

    /** The chair closes the result: every scoring member must have submitted; the numbers are frozen. */
    public ResultResponse close(long roundId, long dossierId) {
        RoundDossier entry = ScoreSheetService.entry(entries, roundId, dossierId);
        access.requireRoundVisible(entry.round.id, entry.round.areaPath);
        if (entry.finalResult) {
            throw ApiException.stateConflict("detail.result.final");
        }
        String actor = audit.actor();
        boolean chair = entry.round.council.stream()
                .anyMatch(m -> m.role == vn.ocop.scoring.CouncilRole.CHAIR && m.userId.equals(actor));
        if (!chair) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.result.chair-only", List.of(), actor);
        }
        List<ScoreSheet> submitted = submitted(entry);
        List<String> missing = missing(entry, submitted);
        if (!missing.isEmpty()) {
            throw ApiException.stateConflict("detail.result.sheets-missing", String.join(", ", missing));
        }
        ScoreResult result = compute(entry, submitted);
        RoundDossierResponse before = RoundDossierResponse.of(entry);
        entry.finalResult = true;
        entry.average = result.average();
        entry.band = result.band();
        entry.stars = result.stars();
        entry.nextAction = result.nextStep().action();
        entry.resultJson = write(result);
        entry.closedAt = today.now();
        entry.closedBy = actor;
        entries.flush();
        audit.record("result.close", RoundService.AUDIT_ENTRY, entry.id, entry.dossier.product.id,
                entry.dossier.product.areaPath, before,
                RoundDossierResponse.of(entry));
        return response(entry, submitted, result);
    }

    public DecisionResponse decide(long roundId, long dossierId, DecisionRequest request) {
        RoundDossier entry = ScoreSheetService.entry(entries, roundId, dossierId);
        access.requireRoundVisible(entry.round.id, entry.round.areaPath);
        access.requireRoundOrganiser(entry.round.level, entry.round.ruleSetId);
        if (!entry.finalResult) {
            throw ApiException.stateConflict("detail.decision.result-not-final");
        }
        if (decisions.count("entry.id", entry.id) > 0) {
            throw ApiException.stateConflict("detail.decision.exists");
        }
        NextStep next = stored(entry).nextStep();
        Dossier dossier = entry.dossier;
        DossierResponse dossierBefore = DossierResponse.of(dossier);
        Decision decision = new Decision();
        decision.entry = entry;
        decision.kind = request.kind();
        decision.reasons = request.reasons();
        decision.decidingBody = request.decidingBody();
        decision.decisionNumber = request.decisionNumber();
        decision.decisionDate = request.decisionDate();
        decision.decidedBy = audit.actor();
        requireInput(request);
        RuleSet ruleSet = engine.catalogue().ruleSet(entry.ruleSetId).orElseThrow();
        DecisionCheck check = DecisionRules.check(ruleSet, entry.round.level, next, proposed(request));
        if (check instanceof DecisionCheck.Refused refused) {
            throw refusal(request, entry, next, refused);
        }
        requireDecisionDate(request.decisionDate(), entry.round.startsOn, today.date());
        DecisionCheck.Allowed allowed = (DecisionCheck.Allowed) check;
        decision.decidingLevel = allowed.decidingLevel();
        switch (request.kind()) {
            case RECOGNISE:
                int stars = allowed.stars().orElseThrow();
                decision.stars = stars;
                Certificate certificate = certificates.issue(dossier.product, dossier.evaluationType, dossier.id, stars,
                        entry.ruleSetId, request.decidingBody(),
                        request.decisionNumber(), request.decisionDate(), request.certificateNumber());
                decision.certificate = certificate;
                dossier.apply(DossierStep.RECOGNISE);
                dossier.queueLevel = null;
                break;
            case SEND_UP:
                decision.targetLevel = allowed.targetLevel().orElseThrow();
                dossier.apply(DossierStep.SEND_UP);
                dossier.queueLevel = decision.targetLevel;
                break;
            default:
                dossier.apply(DossierStep.NOT_RECOGNISE);
                if (dossier.evaluationType == EvaluationType.NEW) {
                    ProductStage.apply(dossier.product, ProductStage.Step.DOSSIER_CLOSED_UNRECOGNISED);
                }
                if (dossier.evaluationType == EvaluationType.RE_EVALUATION) {
                    reEvaluations.end(dossier.product, request.decisionDate());
                }
                dossier.queueLevel = null;
                break;
        }
        try {
            decisions.persistAndFlush(decision);
        } catch (PersistenceException e) {
            throw ApiException.stateConflict("detail.decision.exists");
        }
        DecisionResponse created = DecisionResponse.of(decision);
        audit.record("decision." + request.kind().name().toLowerCase(java.util.Locale.ROOT), AUDIT_DECISION,
                decision.id, dossier.product.id, dossier.product.areaPath, null, created);
        audit.record("dossier.decided", "dossier", dossier.id, dossier.product.id, dossier.product.areaPath,
                dossierBefore,
                DossierResponse.of(dossier));
        return created;
    }

    @Transactional
    public DecisionResponse decision(long roundId, long dossierId) {
        RoundDossier entry = readable(roundId, dossierId);
        return decisions.find("entry.id", entry.id).firstResultOptional().map(DecisionResponse::of)
                .orElseThrow(() -> ApiException.notFound("entity.decision", roundId + "/" + dossierId));
    }

    /** The round's entry for the dossier, if the caller sees the round or is the dossier's producer; 404 otherwise. */
    private RoundDossier readable(long roundId, long dossierId) {
        RoundDossier entry = ScoreSheetService.entry(entries, roundId, dossierId);
        access.requireEntryReadable(entry.round.id, entry.round.areaPath, entry.dossier);
        return entry;
    }

    /** Input validation: the fields a kind needs (reasons for a refusal; body and number for a recognition). */
    private static void requireInput(DecisionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == DecisionKind.RECOGNISE) {
            if (request.decidingBody() == null || request.decidingBody().isBlank()) {
                errors.add(new FieldError("decidingBody", "reason.required"));
            }
            if (request.decisionNumber() == null || request.decisionNumber().isBlank()) {
                errors.add(new FieldError("decisionNumber", "reason.required"));
            }
        }
        if (request.kind() == DecisionKind.NOT_RECOGNISED && (request.reasons() == null || request.reasons().isBlank())) {
            errors.add(new FieldError("reasons", "reason.required"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
    }

    /** The engine's rule: not after today, not before the round opened (a certificate is valid from this date). */
    private static void requireDecisionDate(LocalDate decidedOn, LocalDate roundOpenedOn, LocalDate today) {
        if (DecisionRules.checkDecisionDate(decidedOn, roundOpenedOn, today) instanceof DecisionDateCheck.Refused refused) {
            String reason = refused.code() == DecisionDateCheck.Code.IN_FUTURE
                    ? "reason.decision.date-in-future" : "reason.decision.date-before-round";
            throw ApiException.invalidField("decisionDate", reason, refused.limit());
        }
    }

    private static ProposedDecision proposed(DecisionRequest request) {
        return switch (request.kind()) {
            case RECOGNISE -> new ProposedDecision(vn.ocop.scoring.lifecycle.DecisionKind.RECOGNISE,
                    Optional.ofNullable(request.stars()));
            case SEND_UP -> ProposedDecision.of(vn.ocop.scoring.lifecycle.DecisionKind.SEND_UP);
            case NOT_RECOGNISED -> ProposedDecision.of(vn.ocop.scoring.lifecycle.DecisionKind.NOT_RECOGNISE);
        };
    }

    /** The API's name of an engine decision kind. */
    private static DecisionKind kind(vn.ocop.scoring.lifecycle.DecisionKind kind) {
        return switch (kind) {
            case RECOGNISE -> DecisionKind.RECOGNISE;
            case SEND_UP -> DecisionKind.SEND_UP;
            case NOT_RECOGNISE -> DecisionKind.NOT_RECOGNISED;
        };
    }

    /** 409 naming the kinds (and, for a recognition, the stars) the result allows at the round's level. */
    private static ApiException refusal(DecisionRequest request, RoundDossier entry, NextStep next,
            DecisionCheck.Refused refused) {
        String kinds = refused.allowedKinds().stream().map(k -> kind(k).name()).collect(Collectors.joining(", "));
        if (refused.code() == DecisionCheck.Code.STARS_NOT_ALLOWED) {
            String stars = refused.allowedStars().stream().map(String::valueOf).collect(Collectors.joining(", "));
            return ApiException.stateConflict("detail.decision.stars-not-allowed", request.stars(), entry.round.level,
                    stars, next.reason());
        }
        return ApiException.stateConflict("detail.decision.not-allowed", request.kind(), entry.round.level,
                next.action(), next.reason(), kinds);
    }

    private List<ScoreSheet> submitted(RoundDossier entry) {
        return sheets.list("entry.id = ?1 order by id", entry.id);
    }

    private static List<String> missing(RoundDossier entry, List<ScoreSheet> submitted) {
        return entry.round.council.stream()
                .filter(m -> m.role.scores())
                .filter(m -> submitted.stream().noneMatch(s -> s.member.id.equals(m.id)))
                .map(m -> m.userId).toList();
    }

    private ScoreResult compute(RoundDossier entry, List<ScoreSheet> submitted) {
        List<MemberSheet> memberSheets = submitted.stream()
                .map(s -> new MemberSheet(s.member.userId, s.member.role, s.answers)).toList();
        return engine.score(new ScoreRequest(entry.ruleSetId, entry.productSetCode, entry.round.level, memberSheets));
    }

    private ResultResponse response(RoundDossier entry, List<ScoreSheet> submitted, ScoreResult result) {
        int scoring = (int) entry.round.council.stream().filter(m -> m.role.scores()).count();
        return new ResultResponse(entry.round.id, entry.dossier.id, entry.finalResult, entry.ruleSetId,
                entry.round.level, scoring, submitted.size(), missing(entry, submitted), entry.closedAt,
                entry.closedBy, result);
    }

    private String write(ScoreResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("engine result cannot be stored", e);
        }
    }

    private ScoreResult stored(RoundDossier entry) {
        try {
            return json.readValue(entry.resultJson, ScoreResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of round dossier " + entry.id + " cannot be read", e);
        }
    }
}
