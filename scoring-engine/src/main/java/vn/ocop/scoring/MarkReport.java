package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.scoring.rating.CompiledSheet;
import vn.ocop.scoring.rating.MarkThresholds;

/** Lists every mandatory mark of a sheet with the council value and whether it is met. */
final class MarkReport {

    private MarkReport() {
    }

    static List<MarkCheck> marks(CompiledSheet sheet, CompiledSheet.Tally tally, int members) {
        List<MarkCheck> marks = new ArrayList<>();
        for (MarkThresholds.Mark mark : MarkThresholds.of(sheet)) {
            long sum = tally.criterionSum(mark.criterion());
            boolean met = sum >= (long) mark.requiredHundredths() * members;
            var criterion = sheet.criterion(mark.criterion());
            marks.add(new MarkCheck(criterion.code(), criterion.nameVi(), mark.stars(), mark.optionCode(),
                    Explainer.points(mark.requiredHundredths()), Explainer.mean(sum, members), met));
        }
        return marks;
    }
}
