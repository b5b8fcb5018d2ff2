package vn.ocop.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import vn.ocop.scoring.process.Level;
import vn.ocop.scoring.process.NextStep;

/**
 * Kết quả chấm điểm — the council's result for one product; immutable, serialisable with a plain ObjectMapper.
 *
 * @param average        council average truncated to 2 decimals (display)
 * @param averageExact   the exact average (34 significant digits when it does not terminate)
 * @param band           the stars the average alone allows (half-open bands)
 * @param stars          the star tier after the mandatory marks
 * @param certifiable    3★–5★
 * @param marks          every mandatory mark of the sheet, met or not; null (left out) for {@link Detail#SUMMARY}
 * @param missedMarks    the marks not met for star levels up to max(3, band)
 * @param criteria       one explanation per criterion; null (left out of the JSON) for {@link Detail#SUMMARY}
 * @param cheapestPathToNextStar null at 5★
 */
public record ScoreResult(String ruleSetId, String productSetCode, String productSetNameVi, Level level,
                          int scoringMembers, List<MemberTotal> memberTotals, BigDecimal average,
                          BigDecimal averageExact, List<PartTotal> partTotals, int band, int stars,
                          boolean certifiable, @JsonInclude(JsonInclude.Include.NON_NULL) List<MarkCheck> marks, List<MarkCheck> missedMarks, NextStep nextStep,
                          boolean provisional, List<String> problems, @JsonInclude(JsonInclude.Include.NON_NULL) List<CriterionExplanation> criteria,
                          PathToNextStar cheapestPathToNextStar) {
}
