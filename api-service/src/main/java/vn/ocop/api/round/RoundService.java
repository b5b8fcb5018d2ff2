package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.dossier.Dossier;
import vn.ocop.api.dossier.DossierRepository;
import vn.ocop.api.dossier.DossierStep;
import vn.ocop.api.product.ProductStage;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.CouncilRole;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.EvaluationType;
import vn.ocop.scoring.process.Level;

/** Evaluation rounds, their councils and the dossiers in them. */
@ApplicationScoped
@Transactional
public class RoundService {

    static final String AUDIT_ROUND = "evaluation-round";
    static final String AUDIT_ENTRY = "round-dossier";
    private static final Map<String, String> SORT = Map.of("id", "id", "startsOn", "startsOn", "endsOn", "endsOn",
            "name", "name");

    private final EvaluationRoundRepository rounds;
    private final RoundDossierRepository entries;
    private final DossierRepository dossiers;
    private final AreaRepository areas;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final RoundAccess access;
    private final Today today;

    public RoundService(EvaluationRoundRepository rounds, RoundDossierRepository entries, DossierRepository dossiers,
            AreaRepository areas, Catalogue catalogue, AuditLog audit, RoundAccess access,
            Today today) {
        this.today = today;
        this.access = access;
        this.rounds = rounds;
        this.entries = entries;
        this.dossiers = dossiers;
        this.areas = areas;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    public RoundResponse create(RoundRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.endsOn().isBefore(request.startsOn())) {
            errors.add(new FieldError("endsOn", "reason.round.ends-before-start"));
        }
        Set<String> users = new HashSet<>();
        int chairs = 0;
        boolean scoring = false;
        for (int i = 0; i < request.council().size(); i++) {
            RoundRequest.Member m = request.council().get(i);
            if (!users.add(m.userId())) {
                errors.add(new FieldError("council[" + i + "].userId", "reason.round.duplicate-member"));
            }
            chairs += m.role() == CouncilRole.CHAIR ? 1 : 0;
            scoring |= m.role().scores();
        }
        if (chairs != 1) {
            errors.add(new FieldError("council", "reason.round.one-chair"));
        } else if (!scoring) {
            errors.add(new FieldError("council", "reason.round.no-scoring-member"));
        }
        // An area outside the caller's reach is answered as an unknown one (400 areaId): existence is not revealed.
        Area area = areas.findByIdOptional(request.areaId())
                .filter(a -> access.scope().canAccessArea(a.path)).orElse(null);
        if (area == null) {
            errors.add(new FieldError("areaId", "reason.round.unknown-area"));
        } else if (request.level() != Level.CENTRE && request.level() != Level.COMMUNE
                && !area.level.name().equals(request.level().name())) {
            errors.add(new FieldError("areaId", "reason.round.area-level"));
        }
        RuleSet ruleSet = null;
        if (request.ruleSetId() != null && !request.ruleSetId().isBlank()) {
            ruleSet = catalogue.ruleSet(request.ruleSetId()).orElse(null);
            if (ruleSet == null) {
                errors.add(new FieldError("ruleSetId", "reason.round.unknown-rule-set"));
            }
        } else {
            try {
                ruleSet = catalogue.ruleSetOn(request.startsOn());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("startsOn", "reason.round.no-rule-set-on"));
            }
        }
        if (ruleSet != null && ruleSet.process().rule(request.level()).filter(r -> !r.scores()).isPresent()) {
            // The engine's process: this level (the commune since 1489) assesses dossier items and forwards them.
            errors.add(new FieldError("level", "reason.round.commune-does-not-score"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "detail.invalid-fields", errors);
        }
        access.requireRoundOrganiser(request.level(), ruleSet.id());
        if (!ruleSet.process().scoresAt(request.level())) {
            throw ApiException.conflict("level", "reason.round.level-not-in-process", request.level(), ruleSet.id());
        }
        EvaluationRound round = new EvaluationRound();
        round.name = request.name();
        round.level = request.level();
        round.area = area;
        round.areaPath = area.path;
        round.ruleSetId = ruleSet.id();
        round.startsOn = request.startsOn();
        round.endsOn = request.endsOn();
        round.status = RoundStatus.OPEN;
        for (RoundRequest.Member m : request.council()) {
            CouncilMember member = new CouncilMember();
            member.round = round;
            member.userId = m.userId();
            member.fullName = m.fullName();
            member.role = m.role();
            round.council.add(member);
        }
        rounds.persistAndFlush(round);
        RoundResponse created = response(round);
        audit.record("round.create", AUDIT_ROUND, round.id, null, round.areaPath, null, created);
        return created;
    }

    @Transactional
    public RoundResponse get(long id) {
        return response(visible(id));
    }

    @Transactional
    public PageResponse<RoundResponse> list(Level level, Long areaId, Integer year, RoundStatus status, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (level != null) {
            where.append(" and level = :level");
            params.and("level", level);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (year != null) {
            where.append(" and endsOn >= :from and endsOn <= :to");
            params.and("from", java.time.LocalDate.of(year, 1, 1)).and("to", java.time.LocalDate.of(year, 12, 31));
        }
        if (areaId != null) {
            Area area = areas.findByIdOptional(areaId)
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.round.unknown-area"));
            where.append(" and areaPath like :path");
            params.and("path", area.path + "%");
        }
        String scope = access.roundListClause(params);
        if (scope != null) {
            where.append(" and ").append(scope);
        }
        PanacheQuery<EvaluationRound> query = rounds.find(where.toString(), SortSpec.parse(page.sort, SORT, "id"), params);
        List<RoundResponse> items = query.page(Page.of(page.page, page.size)).list().stream()
                .map(this::response).toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
    }

    /** Puts a dossier waiting in the round level's queue into the round. */
    public RoundDossierResponse addDossier(long roundId, RoundDossierRequest request) {
        EvaluationRound round = visible(roundId);
        access.requireRoundOrganiser(round.level, round.ruleSetId);
        requireOpen(round);
        // A dossier outside the caller's reach answers exactly like an unknown one.
        Dossier dossier = dossiers.findByIdOptional(request.dossierId())
                .filter(d -> access.scope().canAccessProducer(d.product.producer.id, d.product.areaPath))
                .orElseThrow(() -> ApiException.invalidField("dossierId", "reason.round.unknown-dossier"));
        if (!DossierStep.ADD_TO_ROUND.allowedFrom(dossier.status) || dossier.queueLevel != round.level) {
            throw ApiException.conflict("dossierId", "reason.round.dossier-not-in-queue", dossier.status,
                    String.valueOf(dossier.queueLevel), round.level);
        }
        if (round.level != Level.CENTRE && !dossier.product.areaPath.startsWith(round.areaPath)) {
            throw ApiException.conflict("dossierId", "reason.round.dossier-outside-area");
        }
        RuleSet ruleSet = dossier.evaluatedUnder(catalogue, round.endsOn);
        if (!ruleSet.process().scoresAt(round.level)) {
            throw ApiException.conflict("dossierId", "reason.round.level-not-in-process", round.level, ruleSet.id());
        }
        if (ruleSet.productSet(dossier.product.productSetCode).isEmpty()) {
            throw ApiException.conflict("dossierId", "reason.dossier.product-set-not-in-rule-set",
                    dossier.product.productSetCode, ruleSet.id());
        }
        var before = vn.ocop.api.dossier.DossierResponse.of(dossier);
        RoundDossier entry = new RoundDossier();
        entry.round = round;
        entry.dossier = dossier;
        entry.ruleSetId = ruleSet.id();
        entry.productSetCode = dossier.product.productSetCode;
        dossier.apply(DossierStep.ADD_TO_ROUND);
        if (dossier.evaluationType == EvaluationType.NEW) {
            ProductStage.apply(dossier.product, ProductStage.Step.UNDER_EVALUATION);
        }
        try {
            entries.persistAndFlush(entry);
        } catch (PersistenceException e) {
            throw ApiException.conflict("dossierId", "reason.round.dossier-already-in-round");
        }
        RoundDossierResponse created = RoundDossierResponse.of(entry);
        audit.record("round.add-dossier", AUDIT_ENTRY, entry.id, dossier.product.id, dossier.product.areaPath, null,
                created);
        audit.record("dossier.under-evaluation", "dossier", dossier.id, dossier.product.id,
                dossier.product.areaPath, before,
                vn.ocop.api.dossier.DossierResponse.of(dossier));
        return created;
    }

    @Transactional
    public List<RoundDossierResponse> dossiers(long roundId) {
        visible(roundId);
        return entries.list("round.id = ?1 order by id", roundId).stream().map(RoundDossierResponse::of).toList();
    }

    /** Closes the round: no sheet can be submitted or changed afterwards. */
    public RoundResponse close(long id, long expectedVersion) {
        EvaluationRound round = visible(id);
        access.requireRoundOrganiser(round.level, round.ruleSetId);
        ETags.checkVersion(expectedVersion, round.version);
        requireOpen(round);
        RoundResponse before = response(round);
        round.status = RoundStatus.CLOSED;
        round.closedAt = today.now();
        round.closedBy = audit.actor();
        rounds.flush();
        RoundResponse after = response(round);
        audit.record("round.close", AUDIT_ROUND, round.id, null, round.areaPath, before, after);
        return after;
    }

    private RoundResponse response(EvaluationRound round) {
        return RoundResponse.of(round, catalogue.ruleSet(round.ruleSetId).orElseThrow().calendar());
    }

    /** The round if the caller may see it (sits on it, or its area is theirs); 404 otherwise. */
    EvaluationRound visible(long id) {
        EvaluationRound round = find(id);
        access.requireRoundVisible(round.id, round.areaPath);
        return round;
    }

    EvaluationRound find(long id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.evaluation-round", id));
    }

    static void requireOpen(EvaluationRound round) {
        if (round.status != RoundStatus.OPEN) {
            throw ApiException.stateConflict("detail.round.closed", round.id);
        }
    }
}
