package vn.ocop.scoring.lifecycle;

import java.time.LocalDate;

/**
 * A certificate's standing on one day, from {@link CertificateRules#standingOn}: the one rule that internal lists,
 * plan progress, public verification and the product's shown stage all read. Never stored: computed from the
 * {@link CertificateRecord} and the day.
 */
public sealed interface CertificateStanding {

    Standing kind();

    /** True for {@link Valid}, {@link Expiring} and {@link InGrace}. */
    default boolean inForce() {
        return kind().inForce();
    }

    /** The day asked about is before the issue date; in force from {@code validFrom}. */
    record NotYetValid(LocalDate validFrom) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.NOT_YET_VALID;
        }
    }

    /** In force, more than the notice days before expiry. */
    record Valid() implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.VALID;
        }
    }

    /** In force, {@code daysLeft} days before the expiry day (0 on the expiry day itself). */
    record Expiring(int daysLeft) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.EXPIRING;
        }
    }

    /** In force past expiry until the re-evaluation decision, at most through {@code until} (26/2026 Điều 12.3). */
    record InGrace(LocalDate until) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.IN_GRACE;
        }
    }

    /** Not in force since {@code since}: the day after its expiry, or after its grace ended. */
    record Expired(LocalDate since) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.EXPIRED;
        }
    }

    /** Revoked (thu hồi) on {@code on}: not in force from that day. */
    record Revoked(LocalDate on) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.REVOKED;
        }
    }

    /** Replaced by a later certificate on {@code on}: not in force from that day. */
    record Superseded(LocalDate on) implements CertificateStanding {
        @Override
        public Standing kind() {
            return Standing.SUPERSEDED;
        }
    }
}
