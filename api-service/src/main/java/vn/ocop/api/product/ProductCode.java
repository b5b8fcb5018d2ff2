package vn.ocop.api.product;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official product code (mã sản phẩm OCOP): {@code (province)-(commune)-(sequence in the commune)-(year)} with the
 * 2025 administrative unit codes, e.g. {@code 25-07570-003-2025}; codes issued before 1 Jul 2025 carry a district
 * segment, e.g. {@code 83-829-28780-3-2022}. Province codes have 2 digits, district codes 3, commune codes 5;
 * the sequence is at least 1; the year has 4 digits.
 *
 * @param districtCode null for the 2025 form
 */
public record ProductCode(String provinceCode, String districtCode, String communeCode, int sequence, int year) {

    private static final Pattern CURRENT = Pattern.compile("(\\d{2})-(\\d{5})-(\\d{1,4})-(\\d{4})");
    private static final Pattern WITH_DISTRICT = Pattern.compile("(\\d{2})-(\\d{3})-(\\d{5})-(\\d{1,4})-(\\d{4})");

    /** The code, or empty when it is in neither official form (or the sequence is 0). */
    public static Optional<ProductCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher current = CURRENT.matcher(code);
        if (current.matches()) {
            return valid(new ProductCode(current.group(1), null, current.group(2),
                    Integer.parseInt(current.group(3)), Integer.parseInt(current.group(4))));
        }
        Matcher old = WITH_DISTRICT.matcher(code);
        if (old.matches()) {
            return valid(new ProductCode(old.group(1), old.group(2), old.group(3),
                    Integer.parseInt(old.group(4)), Integer.parseInt(old.group(5))));
        }
        return Optional.empty();
    }

    /** A code of the 2025 form; the sequence is written with at least three digits ("003"). */
    public static ProductCode of(String provinceCode, String communeCode, int sequence, int year) {
        return new ProductCode(provinceCode, null, communeCode, sequence, year);
    }

    private static Optional<ProductCode> valid(ProductCode code) {
        return code.sequence >= 1 ? Optional.of(code) : Optional.empty();
    }

    public boolean hasDistrict() {
        return districtCode != null;
    }

    /** Text of a 2025-form code; codes with a district segment are only parsed, never made. */
    public String format() {
        String prefix = hasDistrict() ? provinceCode + "-" + districtCode : provinceCode;
        return String.format("%s-%s-%03d-%04d", prefix, communeCode, sequence, year);
    }
}
