package vn.ocop.api.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One official product code as issued (một lần cấp mã sản phẩm OCOP), in the register of V10. Rows are never
 * deleted: a withdrawn code and the code of a deleted product stay, so their sequence is never issued again.
 */
@Entity
@Table(name = "product_code_issue")
public class ProductCodeIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    /** Empty for codes of the 2025 form. */
    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Column(name = "code_year", nullable = false)
    public int year;

    /** The product that received the code; kept after the product is deleted. */
    @Column(name = "product_id")
    public Long productId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    /** The issue of {@code code}, written as {@code text} (a recorded code keeps the text it was issued with). */
    static ProductCodeIssue of(String text, ProductCode code, long productId, Instant at, String by) {
        ProductCodeIssue issue = new ProductCodeIssue();
        issue.code = text;
        issue.provinceCode = code.provinceCode();
        issue.districtCode = code.hasDistrict() ? code.districtCode() : "";
        issue.communeCode = code.communeCode();
        issue.sequence = code.sequence();
        issue.year = code.year();
        issue.productId = productId;
        issue.issuedAt = at;
        issue.issuedBy = by;
        return issue;
    }
}
