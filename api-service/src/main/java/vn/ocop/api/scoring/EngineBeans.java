package vn.ocop.api.scoring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.ocop.scoring.ScoringEngine;
import vn.ocop.scoring.catalogue.Catalogue;

/**
 * The service's one criteria catalogue (bộ tiêu chí) and one scoring engine over it. Every feature injects these;
 * nothing else builds an engine or reads {@code Catalogue.standard()}.
 */
@Singleton
public class EngineBeans {

    @Produces
    @Singleton
    Catalogue catalogue() {
        return Catalogue.standard();
    }

    @Produces
    @Singleton
    ScoringEngine scoringEngine(Catalogue catalogue) {
        return new ScoringEngine(catalogue);
    }
}
