package vn.ocop.api.plan;

/** Where a target's actual value comes from (cơ sở số liệu thực hiện). */
public enum ProgressBasis {
    /** Tính từ dữ liệu — counted from the records (certificates, activities). */
    COMPUTED,
    /** Ghi nhận — the sum of what officials recorded as done (targets the data cannot count). */
    RECORDED,
    /** Chưa có số liệu — neither computed nor recorded yet. */
    NOT_MEASURED
}
