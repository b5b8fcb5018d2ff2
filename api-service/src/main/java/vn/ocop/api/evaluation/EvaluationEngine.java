package vn.ocop.api.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.scoring.ScoreRequest;
import vn.ocop.scoring.ScoreResult;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.Catalogue;

/** The scoring engine and the rule-set policy over the standard catalogue, shared by the evaluation features. */
@ApplicationScoped
public class EvaluationEngine {

    private final ScoringEngine engine = new ScoringEngine(Catalogue.standard());
    private final RuleSetPolicy ruleSets = new RuleSetPolicy(Catalogue.standard());

    public ScoreResult score(ScoreRequest request) {
        return engine.score(request);
    }

    public RuleSetPolicy ruleSets() {
        return ruleSets;
    }

    public Catalogue catalogue() {
        return engine.catalogue();
    }
}
