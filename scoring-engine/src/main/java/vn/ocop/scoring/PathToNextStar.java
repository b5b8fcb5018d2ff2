package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cheapest set of answer changes (fewest points added to the council average, then fewest changes)
 * that reaches {@code targetStars}.
 *
 * @param reachable     false when no answers on this sheet reach the target (then {@code changes} is empty)
 * @param pointsAdded   total rise of the council average
 * @param averageAfter  the council average after the changes (truncated to 2 decimals)
 */
public record PathToNextStar(int targetStars, boolean reachable, BigDecimal pointsAdded, BigDecimal averageAfter,
                             List<AnswerChange> changes) {
}
