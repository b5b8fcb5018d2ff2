package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Tiêu chí — one leaf criterion of a scoring sheet; a member answers it with exactly one option.
 *
 * @param criterionMinStar a mandatory mark carried by the criterion itself (148 intellectual property):
 *                         any listed option with points above 0 meets it; {@code null} when absent
 * @param noneAllowed      true when no option is worth 0 points, so "none" (nothing listed applies, 0 points)
 *                         is a valid answer
 */
public record Criterion(String code, String part, String group, String parent, String nameVi, String nameEn,
                        BigDecimal max, Integer criterionMinStar, List<Variant> variants, List<Option> options,
                        boolean noneAllowed, List<String> notesVi, List<String> gatesVi, List<String> flags) {

    /** The answer code for "nothing listed applies" (0 points). */
    public static final String NONE = "none";

    public Criterion {
        variants = List.copyOf(variants);
        options = List.copyOf(options);
        notesVi = List.copyOf(notesVi);
        gatesVi = List.copyOf(gatesVi);
        flags = List.copyOf(flags);
    }

    public Optional<Option> option(String optionCode) {
        for (Option o : options) {
            if (o.code().equals(optionCode)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
