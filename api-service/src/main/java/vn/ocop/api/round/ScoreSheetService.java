package vn.ocop.api.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.web.ETags;
import vn.ocop.scoring.MemberSheet;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.ScoringInputException;

/**
 * Score sheets: each scoring member submits one sheet per dossier, editable (with If-Match) until the round
 * closes or the chair closes the result. The engine checks every answer.
 */
@ApplicationScoped
@Transactional
public class ScoreSheetService {

    static final String AUDIT_TYPE = "score-sheet";

    private final RoundDossierRepository entries;
    private final ScoreSheetRepository sheets;
    private final ScoringEngine engine;
    private final AuditLog audit;
    private final RoundAccess access;

    public ScoreSheetService(RoundDossierRepository entries, ScoreSheetRepository sheets, ScoringEngine engine,
            AuditLog audit, RoundAccess access) {
        this.access = access;
        this.entries = entries;
        this.sheets = sheets;
        this.engine = engine;
        this.audit = audit;
    }

    public ScoreSheetResponse submit(long roundId, long dossierId, ScoreSheetRequest request) {
        RoundDossier entry = entry(entries, roundId, dossierId);
        access.requireRoundVisible(entry.round.id, entry.round.areaPath);
        access.requireOwnSheet(request.memberId());
        CouncilMember member = scoringMember(entry, request.memberId());
        requireEditable(entry);
        if (sheets.count("entry.id = ?1 and member.id = ?2", entry.id, member.id) > 0) {
            throw ApiException.conflict("memberId", "reason.sheet.already-submitted");
        }
        ScoreSheet sheet = new ScoreSheet();
        sheet.entry = entry;
        sheet.member = member;
        sheet.total = total(entry, request.answers());
        sheet.answers.putAll(request.answers());
        sheet.submittedBy = audit.actor();
        try {
            sheets.persistAndFlush(sheet);
        } catch (PersistenceException e) {
            // A concurrent submission of the same member's sheet won the unique key (round_dossier, member).
            throw ApiException.conflict("memberId", "reason.sheet.already-submitted");
        }
        ScoreSheetResponse created = ScoreSheetResponse.of(sheet);
        audit.record("sheet.submit", AUDIT_TYPE, sheet.id, entry.dossier.product.id, entry.dossier.product.areaPath,
                null, created);
        return created;
    }

    public ScoreSheetResponse update(long roundId, long dossierId, String memberId, long expectedVersion,
            Map<String, String> answers) {
        RoundDossier entry = entry(entries, roundId, dossierId);
        access.requireRoundVisible(entry.round.id, entry.round.areaPath);
        access.requireOwnSheet(memberId);
        CouncilMember member = scoringMember(entry, memberId);
        requireEditable(entry);
        ScoreSheet sheet = sheets.find("entry.id = ?1 and member.id = ?2", entry.id, member.id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("entity.score-sheet", memberId));
        ETags.checkVersion(expectedVersion, sheet.version);
        ScoreSheetResponse before = ScoreSheetResponse.of(sheet);
        sheet.total = total(entry, answers);
        sheet.answers.clear();
        sheet.answers.putAll(answers);
        sheet.submittedBy = audit.actor();
        sheets.flush();
        ScoreSheetResponse after = ScoreSheetResponse.of(sheet);
        audit.record("sheet.update", AUDIT_TYPE, sheet.id, entry.dossier.product.id, entry.dossier.product.areaPath,
                before, after);
        return after;
    }

    @Transactional
    public List<ScoreSheetResponse> list(long roundId, long dossierId) {
        RoundDossier entry = entry(entries, roundId, dossierId);
        access.requireRoundVisible(entry.round.id, entry.round.areaPath);
        return sheets.list("entry.id = ?1 order by id", entry.id).stream().map(ScoreSheetResponse::of).toList();
    }

    static RoundDossier entry(RoundDossierRepository entries, long roundId, long dossierId) {
        return entries.find("round.id = ?1 and dossier.id = ?2", roundId, dossierId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("entity.round-dossier", roundId + "/" + dossierId));
    }

    /** 403 for someone outside the council, and for the secretary, who does not score. */
    private static CouncilMember scoringMember(RoundDossier entry, String memberId) {
        CouncilMember member = entry.round.member(memberId).orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN,
                "detail.sheet.not-a-member", List.of(new FieldError("memberId", "reason.sheet.not-a-member")), memberId));
        if (!member.role.scores()) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.sheet.secretary",
                    List.of(new FieldError("memberId", "reason.sheet.secretary")), memberId);
        }
        return member;
    }

    private static void requireEditable(RoundDossier entry) {
        RoundService.requireOpen(entry.round);
        if (entry.finalResult) {
            throw ApiException.stateConflict("detail.result.final");
        }
    }

    /** The member's total as the engine computes it; every bad answer is a 400 naming the criterion. */
    private BigDecimal total(RoundDossier entry, Map<String, String> answers) {
        try {
            return engine.memberTotal(entry.ruleSetId, entry.productSetCode,
                    new MemberSheet("sheet", CouncilRole.MEMBER, answers)).total();
        } catch (ScoringInputException e) {
            List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.reason())).toList();
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
    }
}
