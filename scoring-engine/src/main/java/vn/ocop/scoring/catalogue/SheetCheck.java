package vn.ocop.scoring.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Does a sheet add up? Each problem found makes the sheet provisional (README step 7). */
final class SheetCheck {

    private SheetCheck() {
    }

    static List<String> problems(List<Part> parts, List<Criterion> criteria) {
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> maxByPart = new LinkedHashMap<>();
        Map<String, BigDecimal> bestByPart = new LinkedHashMap<>();
        for (Part p : parts) {
            maxByPart.put(p.code(), BigDecimal.ZERO);
            bestByPart.put(p.code(), BigDecimal.ZERO);
        }
        for (Criterion c : criteria) {
            if (!maxByPart.containsKey(c.part())) {
                throw new CatalogueException("criterion " + c.code() + " is in unknown part " + c.part());
            }
            BigDecimal best = bestOption(c);
            if (best.compareTo(c.max()) != 0) {
                problems.add("criterion " + c.code() + ": max " + c.max().toPlainString()
                        + " but the best option gives " + best.toPlainString());
            }
            if (variantsDisagree(c)) {
                problems.add("criterion " + c.code() + ": its alternative option lists have different maxima");
            }
            maxByPart.merge(c.part(), c.max(), BigDecimal::add);
            bestByPart.merge(c.part(), best, BigDecimal::add);
        }
        for (Part p : parts) {
            BigDecimal sumMax = maxByPart.get(p.code());
            BigDecimal sumBest = bestByPart.get(p.code());
            if (sumMax.compareTo(p.max()) != 0) {
                problems.add("part " + p.code() + ": criterion maxima add up to " + sumMax.toPlainString()
                        + ", not " + p.max().toPlainString());
            } else if (sumBest.compareTo(p.max()) != 0) {
                problems.add("part " + p.code() + ": best options add up to " + sumBest.toPlainString()
                        + ", not " + p.max().toPlainString());
            }
        }
        return problems;
    }

    /** The most a member can give on a criterion: its best option. */
    static BigDecimal bestOption(Criterion c) {
        BigDecimal best = BigDecimal.ZERO;
        for (Option o : c.options()) {
            best = best.max(o.points());
        }
        return best;
    }

    /** Variant lists whose best options differ (a sheet then cannot be scored fairly under both). */
    static boolean variantsDisagree(Criterion c) {
        Map<String, BigDecimal> bestByVariant = new LinkedHashMap<>();
        for (Option o : c.options()) {
            if (o.variant() != null) {
                bestByVariant.merge(o.variant(), o.points(), BigDecimal::max);
            }
        }
        return bestByVariant.values().stream().distinct().count() > 1;
    }
}
