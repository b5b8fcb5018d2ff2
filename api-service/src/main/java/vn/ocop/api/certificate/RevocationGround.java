package vn.ocop.api.certificate;

/** Grounds for revoking a certificate (căn cứ thu hồi, 26/2026 Điều 8). */
public enum RevocationGround {
    /** Thông tin gian dối, giả mạo. */
    FALSE_INFORMATION,
    /** Không còn đáp ứng tiêu chí sau kiểm tra. */
    NO_LONGER_MEETS_CRITERIA,
    /** Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hoá. */
    LAW_VIOLATION,
    /** Sử dụng sai biểu trưng OCOP. */
    MISUSE_OF_MARK,
    /** Ngừng sản xuất. */
    PRODUCTION_STOPPED,
    /** Kết luận khác của cơ quan có thẩm quyền. */
    OTHER
}
