package vn.ocop.scoring;

import java.util.List;
import vn.ocop.scoring.process.Level;

/**
 * A council's score sheets for one product: the JSON the API's preview endpoint and the CLI both take.
 *
 * @param ruleSetId      e.g. {@code QD-26-2026} (see {@code Catalogue.ruleSetOn(date)} to pick one by date)
 * @param productSetCode e.g. {@code FOOD_TEA}
 * @param level          the level whose council scored
 */
public record ScoreRequest(String ruleSetId, String productSetCode, Level level, List<MemberSheet> sheets) {

    public ScoreRequest {
        sheets = sheets == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sheets));
    }
}
