package vn.ocop.scoring.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.scoring.calendar.EvaluationCalendar;
import vn.ocop.scoring.certificate.CertificatePolicy;
import vn.ocop.scoring.process.EvaluationProcess;
import vn.ocop.scoring.process.Level;

/**
 * Bộ tiêu chí và quy trình — one version of the law: its bands, its process, its certificate and calendar
 * rules and (except 1048) its 26 sheets.
 *
 * @param effectiveTo   last day in force (inclusive), or {@code null} while in force; a dossier filed while
 *                      this rule set was the newest in force may finish under it until this day
 *                      ({@link Catalogue#ruleSetForDossier})
 * @param process       who scores, sends up and recognises ({@code processes} in {@code rule-sets.json})
 * @param certificatePolicy validity, warning, re-evaluation window and grace of certificates
 * @param calendar      the yearly evaluation rounds ({@link EvaluationCalendar#NONE} when none are fixed)
 * @param sheetsId      the sheet file shared by rule sets with the same sheets (148 and 148+1489), or null
 * @param productSets   the sheets; not serialised with the rule set (fetch one by code instead)
 * @param transition    the transitional rules this rule set brings in for dossiers and certificates of earlier
 *                      rule sets (26/2026 Điều 12), or empty; not serialised (it is read through this accessor)
 */
public record RuleSet(String id, String titleVi, String titleEn,
                      @JsonSerialize(using = ToStringSerializer.class) LocalDate effectiveFrom,
                      @JsonSerialize(using = ToStringSerializer.class) LocalDate effectiveTo,
                      boolean hasSheets, String sheetsId, EvaluationProcess process, Map<String, BigDecimal> partMaxima,
                      List<Band> bands, CertificatePolicy certificatePolicy, EvaluationCalendar calendar,
                      List<String> productSetCodes, @JsonIgnore List<ProductSet> productSets,
                      @JsonIgnore Optional<Transition> transition) {

    public RuleSet {
        partMaxima = Map.copyOf(partMaxima);
        bands = List.copyOf(bands);
        productSets = List.copyOf(productSets);
        if (transition == null) {
            throw new IllegalArgumentException("rule set " + id + ": transition must be Optional.empty() when there is none");
        }
        if (transition.isPresent() && !transition.get().startsOn().equals(effectiveFrom)) {
            throw new IllegalArgumentException("rule set " + id + ": its transition starts on " + transition.get().startsOn()
                    + ", not on its first day " + effectiveFrom);
        }
        if (process == null || certificatePolicy == null || calendar == null) {
            throw new IllegalArgumentException("rule set " + id + " needs a process, a certificate policy and a calendar");
        }
        List<String> codes = new ArrayList<>();
        for (ProductSet p : productSets) {
            codes.add(p.code());
        }
        productSetCodes = List.copyOf(codes);
    }

    /** True when the rule set is in force on {@code date} (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** True when the district (cấp huyện) takes part in this rule set's process (1048 and 148 before 1489). */
    public boolean hasDistrictLevel() {
        return process.includes(Level.DISTRICT);
    }

    public Optional<ProductSet> productSet(String code) {
        for (ProductSet p : productSets) {
            if (p.code().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
