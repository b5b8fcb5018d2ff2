package vn.ocop.api.producer;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.ocop.api.common.problem.ApiException;

/**
 * The official identifiers of a producer and the rules checked on them (issue 16 §5). Formats are checked on the
 * request ({@code @Pattern} on {@link ProducerRequest}); the rules that depend on the producer's type are here.
 * <ul>
 * <li>Tax code (mã số thuế, Luật Quản lý thuế 38/2019, Thông tư 86/2024/TT-BTC): 10 digits, or 10 digits, {@code -}
 * and 3 digits for a dependent unit or branch (đơn vị phụ thuộc, chi nhánh). The check digit is not verified (test
 * and demo codes do not carry one and a wrong check digit is a typo the tax office's register would reveal).
 * <li>ENTERPRISE: the enterprise code is the tax code (mã số doanh nghiệp đồng thời là mã số thuế, Luật Doanh nghiệp
 * 2020 Điều 29), so its {@code registrationCode} must have the tax-code format, and a {@code taxCode}, when sent,
 * must equal it. Checked when a producer is created or when its code or type changes: a record stored before
 * this rule keeps being editable.
 * <li>Co-operative, co-operative group, farm, household business, other: {@code registrationCode} is their
 * registration number (mã số hợp tác xã, số đăng ký hộ kinh doanh...). Their formats changed over time (household
 * businesses: province digits + district letter + serial before 2021, other forms since; co-operatives registered
 * before 2015 under a district number), so only the general code pattern of the request is checked (lenient).
 * <li>Citizen id (số định danh cá nhân, số CCCD, Luật Căn cước 2023): exactly 12 digits, only for a
 * HOUSEHOLD_BUSINESS (its owner). Since 2025 the tax code of a household business is its owner's citizen id; it
 * is kept in {@code citizenId} (personal data), not in {@code taxCode}, which stays the 10-digit code if any.
 * </ul>
 */
public final class ProducerIdentifiers {

    /** Tax code: 10 digits, optionally {@code -} and 3 digits (branch). */
    public static final String TAX_CODE = "^[0-9]{10}(-[0-9]{3})?$";
    /** Citizen id (CCCD): 12 digits. */
    public static final String CITIZEN_ID = "^[0-9]{12}$";

    private static final Pattern TAX_CODE_PATTERN = Pattern.compile(TAX_CODE);

    private ProducerIdentifiers() {
    }

    public static boolean isTaxCode(String value) {
        return value != null && TAX_CODE_PATTERN.matcher(value).matches();
    }

    /**
     * Checks the type-dependent rules; 400 naming the field otherwise.
     *
     * @param before the stored producer for an update, null for a creation
     * @param code the canonical registration code of the request
     */
    static void check(ProducerRequest request, String code, String taxCode, String citizenId, Producer before) {
        if (citizenId != null && request.type() != ProducerType.HOUSEHOLD_BUSINESS) {
            throw ApiException.invalidField("citizenId", "reason.citizen-id-household-only");
        }
        if (request.type() == ProducerType.ENTERPRISE) {
            boolean changed = before == null || before.type != ProducerType.ENTERPRISE
                    || !code.equals(before.registrationCode);
            if (changed && !isTaxCode(code)) {
                throw ApiException.invalidField("registrationCode", "reason.enterprise-registration-code", code);
            }
            if (taxCode != null && !Objects.equals(taxCode, code)) {
                throw ApiException.invalidField("taxCode", "reason.tax-code-not-registration-code", taxCode, code);
            }
        }
    }
}
