package vn.ocop.api.registerimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a register file (sổ theo dõi sản phẩm OCOP): one row = a producer, one of its products and, when the
 * product was certified, one certificate with its decision. A product with several certificates (a re-evaluation,
 * an upgrade) takes one row per certificate, repeating the producer and product columns. Column names are case-
 * insensitive; the Vietnamese gloss of each is in the template's second sheet and docs/register-import.md.
 */
final class RegisterColumns {

    static final String PRODUCER_CODE = "producer_registration_code";
    static final String PRODUCER_TAX_CODE = "producer_tax_code";
    static final String PRODUCER_NAME = "producer_name";
    static final String PRODUCER_TYPE = "producer_type";
    static final String REPRESENTATIVE = "representative_name";
    static final String REPRESENTATIVE_WOMAN = "representative_woman";
    static final String REPRESENTATIVE_ETHNIC = "representative_ethnic_minority";
    static final String ADDRESS = "producer_address";
    static final String AREA_CODE = "area_code";
    static final String AREA_DATE = "area_date";
    static final String PRODUCT_CODE = "product_code";
    static final String PRODUCT_NAME = "product_name";
    static final String PRODUCT_SET = "product_set_code";
    static final String PRODUCT_DESCRIPTION = "product_description";
    static final String CERTIFICATE_NUMBER = "certificate_number";
    static final String STARS = "stars";
    static final String RULE_SET = "rule_set_id";
    static final String EVALUATION_TYPE = "evaluation_type";
    static final String DECISION_NUMBER = "decision_number";
    static final String DECISION_DATE = "decision_date";
    static final String DECIDING_BODY = "deciding_body";
    static final String ISSUED_ON = "issued_on";
    static final String EXPIRES_ON = "expires_on";
    static final String STATUS = "status";
    static final String REVOKED_ON = "revoked_on";
    static final String REVOCATION_GROUND = "revocation_ground";
    static final String REVOCATION_NOTE = "revocation_note";

    /** Every column with its Vietnamese gloss, in template order. */
    static final Map<String, String> ALL = columns();

    static final Set<String> REQUIRED = Set.of(PRODUCER_CODE, PRODUCER_NAME, PRODUCER_TYPE, PRODUCT_NAME, PRODUCT_SET);

    /** Columns of the certificate: when any is filled, certificate_number and the decision's columns are required. */
    static final List<String> CERTIFICATE = List.of(CERTIFICATE_NUMBER, STARS, RULE_SET, EVALUATION_TYPE,
            DECISION_NUMBER, DECISION_DATE, DECIDING_BODY, ISSUED_ON, EXPIRES_ON, STATUS, REVOKED_ON,
            REVOCATION_GROUND, REVOCATION_NOTE);

    private RegisterColumns() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(PRODUCER_CODE, "Mã số đăng ký của chủ thể (mã số doanh nghiệp, hợp tác xã, hộ kinh doanh) — bắt buộc");
        c.put(PRODUCER_TAX_CODE, "Mã số thuế (10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh)");
        c.put(PRODUCER_NAME, "Tên chủ thể — bắt buộc");
        c.put(PRODUCER_TYPE, "Loại chủ thể: COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE, FARM, HOUSEHOLD_BUSINESS, OTHER — bắt buộc");
        c.put(REPRESENTATIVE, "Người đại diện");
        c.put(REPRESENTATIVE_WOMAN, "Người đại diện là nữ (true/false)");
        c.put(REPRESENTATIVE_ETHNIC, "Người đại diện là người dân tộc thiểu số (true/false)");
        c.put(ADDRESS, "Địa chỉ (số nhà, thôn)");
        c.put(AREA_CODE, "Mã đơn vị hành chính (xã 5 chữ số, tỉnh 2 chữ số; mã trước 1/7/2025 được, kể cả dạng huyện-xã 374-14329)");
        c.put(AREA_DATE, "Ngày mà mã đơn vị hành chính áp dụng (mặc định: ngày quyết định, không có thì hôm nay)");
        c.put(PRODUCT_CODE, "Mã sản phẩm OCOP (T-X-STT-YYYY, hoặc dạng cũ T-H-X-STT-YYYY)");
        c.put(PRODUCT_NAME, "Tên sản phẩm — bắt buộc");
        c.put(PRODUCT_SET, "Mã bộ sản phẩm của Bộ tiêu chí (ví dụ FOOD_TEA) — bắt buộc");
        c.put(PRODUCT_DESCRIPTION, "Mô tả sản phẩm");
        c.put(CERTIFICATE_NUMBER, "Số giấy chứng nhận");
        c.put(STARS, "Hạng sao (3, 4 hoặc 5)");
        c.put(RULE_SET, "Bộ tiêu chí: QD-1048-2019, QD-148-2023, QD-148-1489-2025, QD-26-2026");
        c.put(EVALUATION_TYPE, "Loại đánh giá: NEW (mới), RE_EVALUATION (đánh giá lại), UPGRADE (nâng hạng); mặc định NEW");
        c.put(DECISION_NUMBER, "Số quyết định công nhận");
        c.put(DECISION_DATE, "Ngày quyết định (YYYY-MM-DD)");
        c.put(DECIDING_BODY, "Cơ quan ra quyết định (ví dụ UBND tỉnh Ninh Bình)");
        c.put(ISSUED_ON, "Ngày cấp (mặc định: ngày quyết định)");
        c.put(EXPIRES_ON, "Ngày hết hạn (mặc định: theo bộ tiêu chí, 36 tháng)");
        c.put(STATUS, "Tình trạng: VALID (còn hiệu lực hoặc đã hết hạn theo ngày), EXPIRED, REVOKED (đã thu hồi); mặc định VALID");
        c.put(REVOKED_ON, "Ngày thu hồi (khi REVOKED)");
        c.put(REVOCATION_GROUND, "Căn cứ thu hồi: FALSE_INFORMATION, NO_LONGER_MEETS_CRITERIA, LAW_VIOLATION, MISUSE_OF_MARK, PRODUCTION_STOPPED, OTHER");
        c.put(REVOCATION_NOTE, "Ghi chú thu hồi");
        return c;
    }
}
