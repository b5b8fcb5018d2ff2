package vn.ocop.api.producer;

/** Legal form of an OCOP producer (loại hình chủ thể). */
public enum ProducerType {
    /** Hợp tác xã. */
    COOPERATIVE,
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP,
    /** Doanh nghiệp (công ty). */
    ENTERPRISE,
    /** Trang trại. */
    FARM,
    /** Hộ kinh doanh có đăng ký. */
    HOUSEHOLD_BUSINESS,
    /** Hiệp hội, trung tâm điều hành… (tourism set only). */
    OTHER
}
