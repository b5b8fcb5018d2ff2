package vn.ocop.api.plan;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import vn.ocop.api.certificate.EvaluationType;

/**
 * Where and when progress is counted: the plan's area and its sub-areas (path prefix), from 1 January of the plan
 * year to the reference day (31 December, or the asked day when earlier).
 */
record ProgressScope(String pathPrefix, int year, LocalDate start, LocalDate ref) {

    static ProgressScope of(Plan plan, LocalDate asOf) {
        LocalDate end = LocalDate.of(plan.year, 12, 31);
        LocalDate ref = asOf != null && asOf.isBefore(end) ? asOf : end;
        return new ProgressScope(plan.areaPath + "%", plan.year, LocalDate.of(plan.year, 1, 1), ref);
    }

    void bindYear(TypedQuery<?> query) {
        query.setParameter("path", pathPrefix).setParameter("start", start).setParameter("ref", ref);
    }

    /** Optional conditions on certificates: stars, group, evaluation type, stars before an upgrade. */
    record CertificateFilter(Integer minStars, String group, EvaluationType type, Integer previousStars) {

        void appendTo(StringBuilder jpql) {
            if (minStars != null) {
                jpql.append(" and c.stars >= :minStars");
            }
            if (group != null) {
                jpql.append(" and c.productGroup = :group");
            }
            if (type != null) {
                jpql.append(" and c.evaluationType = :type");
            }
            if (previousStars != null) {
                jpql.append(" and c.previousStars = :previousStars");
            }
        }

        void bind(TypedQuery<?> query) {
            if (minStars != null) {
                query.setParameter("minStars", minStars);
            }
            if (group != null) {
                query.setParameter("group", group);
            }
            if (type != null) {
                query.setParameter("type", type);
            }
            if (previousStars != null) {
                query.setParameter("previousStars", previousStars);
            }
        }
    }
}
