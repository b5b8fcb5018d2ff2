package vn.ocop.api.area;

/** Level of an administrative unit (cấp hành chính). Districts (cấp huyện) exist only before 1 Jul 2025. */
public enum AreaLevel {
    /** Tỉnh / thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện / quận / thị xã / thành phố thuộc tỉnh (abolished 1 Jul 2025). */
    DISTRICT,
    /** Xã / phường / đặc khu. */
    COMMUNE
}
