package vn.ocop.scoring.certificate;

/** How "valid for N months from issue" is counted. */
public enum LastValidDay {
    /**
     * Valid through the day that corresponds to the issue day N months later ({@code issuedOn.plusMonths(N)},
     * the month's last day when it has no such day): the Civil Code's way of counting a period in months
     * (Bộ luật Dân sự 2015, Điều 147–148: the issue day is not counted; the period ends at the end of the
     * corresponding day).
     */
    ANNIVERSARY,
    /** Valid through the day before {@code issuedOn.plusMonths(N)}. */
    DAY_BEFORE_ANNIVERSARY
}
