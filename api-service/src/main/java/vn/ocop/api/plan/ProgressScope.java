package vn.ocop.api.plan;

import jakarta.persistence.Query;
import java.time.LocalDate;
import vn.ocop.scoring.lifecycle.EvaluationType;

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

    void bindYear(Query query) {
        query.setParameter("path", pathPrefix).setParameter("start", start).setParameter("ref", ref);
    }

    /** Optional conditions on certificates: stars, group, evaluation type, stars before an upgrade. */
    record CertificateFilter(Integer minStars, String group, EvaluationType type, Integer previousStars) {

        void appendTo(StringBuilder jpql) {
            appendTo(jpql, "");
        }

        /** The conditions, their parameter names ending in {@code suffix} (several filters in one query). */
        void appendTo(StringBuilder jpql, String suffix) {
            if (minStars != null) {
                jpql.append(" and c.stars >= :minStars").append(suffix);
            }
            if (group != null) {
                jpql.append(" and c.productGroup = :group").append(suffix);
            }
            if (type != null) {
                jpql.append(" and c.evaluationType = :type").append(suffix);
            }
            if (previousStars != null) {
                jpql.append(" and c.previousStars = :previousStars").append(suffix);
            }
        }

        void bind(Query query) {
            bind(query, "");
        }

        void bind(Query query, String suffix) {
            if (minStars != null) {
                query.setParameter("minStars" + suffix, minStars);
            }
            if (group != null) {
                query.setParameter("group" + suffix, group);
            }
            if (type != null) {
                query.setParameter("type" + suffix, type);
            }
            if (previousStars != null) {
                query.setParameter("previousStars" + suffix, previousStars);
            }
        }
    }
}
