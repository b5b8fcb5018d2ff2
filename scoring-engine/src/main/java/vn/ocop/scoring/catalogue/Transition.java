package vn.ocop.scoring.catalogue;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Điều khoản chuyển tiếp — the transitional rules a rule set brings in (26/2026 Điều 12), read from the
 * {@code transition} object of its entry in {@code rule-sets.json}. Only the numbers are data; how they are
 * applied is {@link Catalogue#ruleSetForDossier(String, EvaluationType, LocalDate, LocalDate)} and
 * {@link vn.ocop.scoring.lifecycle.CertificateRules#checkReEvaluationFiling}.
 *
 * @param startsOn                  the first day of the rule set that brings these rules (its {@code effectiveFrom})
 * @param oldRulesFinishWithinDays  per evaluation type, for how many days, counting {@code startsOn} as day 1, a
 *                                  dossier under an earlier rule set may still be finished under it (Điều 12.2:
 *                                  new and upgrade 60, re-evaluation 30)
 * @param graceWhenWindowMissedDays where the re-evaluation window could not be met, the certificate stays in force
 *                                  at most this many days after its expiry day (Điều 12.3: 180)
 */
public record Transition(@JsonSerialize(using = ToStringSerializer.class) LocalDate startsOn,
                         Map<EvaluationType, Integer> oldRulesFinishWithinDays, int graceWhenWindowMissedDays) {

    public Transition {
        if (startsOn == null || oldRulesFinishWithinDays == null) {
            throw new IllegalArgumentException("a transition needs its first day and the days per evaluation type");
        }
        EnumMap<EvaluationType, Integer> days = new EnumMap<>(EvaluationType.class);
        for (EvaluationType type : EvaluationType.values()) {
            Integer n = oldRulesFinishWithinDays.get(type);
            if (n == null || n < 1) {
                throw new IllegalArgumentException("oldRulesFinishWithinDays." + type + " must be a whole number of days >= 1, got " + n);
            }
            days.put(type, n);
        }
        if (graceWhenWindowMissedDays < 0) {
            throw new IllegalArgumentException("graceWhenWindowMissedDays must be >= 0, got " + graceWhenWindowMissedDays);
        }
        oldRulesFinishWithinDays = Collections.unmodifiableMap(days);
    }

    /** The days during which a dossier of this type may still be finished under the earlier rules. */
    public int oldRulesFinishWithinDays(EvaluationType type) {
        return oldRulesFinishWithinDays.get(type);
    }

    /**
     * The last day a dossier of this type may be finished under the earlier rules: {@code startsOn} is day 1
     * (26/2026: new and upgrade through 20 Jul 2026, re-evaluation through 20 Jun 2026).
     */
    public LocalDate lastDayUnderOldRules(EvaluationType type) {
        return startsOn.plusDays(oldRulesFinishWithinDays(type) - 1L);
    }

    /** The last day of the grace of a certificate expiring on {@code expiresOn}: the expiry day plus the grace days. */
    public LocalDate graceUntil(LocalDate expiresOn) {
        return expiresOn.plusDays(graceWhenWindowMissedDays);
    }
}
