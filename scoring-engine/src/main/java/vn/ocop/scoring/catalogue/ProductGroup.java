package vn.ocop.scoring.catalogue;

/** Nhóm sản phẩm / ngành — the six product groups the 26 product sets belong to. */
public enum ProductGroup {
    /** Thực phẩm. */
    FOOD,
    /** Đồ uống. */
    DRINK,
    /** Dược liệu và sản phẩm từ dược liệu. */
    HERBAL,
    /** Hàng thủ công mỹ nghệ. */
    CRAFT,
    /** Sinh vật cảnh. */
    ORNAMENTAL,
    /** Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch. */
    TOURISM
}
