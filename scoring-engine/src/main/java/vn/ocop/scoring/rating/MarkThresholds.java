package vn.ocop.scoring.rating;

import java.util.ArrayList;
import java.util.List;

/** The distinct mandatory marks of a compiled sheet: a criterion, the star level, the council value needed. */
public final class MarkThresholds {

    /** One mark: criterion index, star level, required council value (hundredths), the marked option (or null). */
    public record Mark(int criterion, int stars, int requiredHundredths, String optionCode) {
    }

    private MarkThresholds() {
    }

    /** Marks per criterion and star level, listing a level only where its threshold rises. */
    public static List<Mark> of(CompiledSheet sheet) {
        List<Mark> marks = new ArrayList<>();
        for (int c = 0; c < sheet.criterionCount(); c++) {
            int previous = 0;
            for (int star = CompiledSheet.FIRST_MARKED_STAR; star <= 5; star++) {
                int required = sheet.required(star, c);
                if (required > previous) {
                    marks.add(new Mark(c, star, required, sheet.markOption(star, c)));
                    previous = required;
                }
            }
        }
        return marks;
    }
}
