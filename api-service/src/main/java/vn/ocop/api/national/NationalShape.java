package vn.ocop.api.national;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.ocop.api.area.OfficialCodes;
import vn.ocop.api.certificate.CertificateLine;

/**
 * The record shapes of the national systems, each column with how it is filled from a certificate in force: the one
 * place these mappings live, so that a correction is one edit here.
 *
 * <p>{@link #PTNT_OCOP}: the OCOP table of the agriculture summary database (cơ sở dữ liệu tổng hợp ngành nông
 * nghiệp) of MAE decision 5277/QĐ-BNNMT, as a public implementation of that decision reads it. Unconfirmed against
 * the decision's own text: {@code Ma_ThoiGian} is written as the year ("2026") and {@code TrangThai} as this
 * system's standing code (the decision describes the field but gives no code list); {@code DoanhThuNam} (annual
 * revenue, million VND) is empty because no revenue is recorded yet.
 *
 * <p>{@link #NATIONAL_PORTAL}: the public product record of the national OCOP portal (name, stars, certificate
 * number, issue and expiry dates, the manufacturer and its public contact).
 */
public enum NationalShape {

    PTNT_OCOP("ptnt-ocop", "PTNT_OCOP", List.of(
            column("MA_OCOP", r -> r.line().certificate().id()),
            column("Ma_DonViHanhChinh", r -> unitCode(r.line().unit())),
            column("Ma_ThoiGian", r -> String.valueOf(r.period().getYear())),
            column("Ma_SanPham", r -> r.line().productCode()),
            column("TenSanPham", r -> r.line().certificate().productName()),
            column("XepHang", r -> r.line().certificate().stars() + "*"),
            column("ChuTheSXKD", r -> r.line().producerName()),
            column("DoanhThuNam", r -> null),
            column("TrangThai", r -> r.line().certificate().state().name()))),

    NATIONAL_PORTAL("national-portal", "OCOP", List.of(
            column("productName", r -> r.line().certificate().productName()),
            column("stars", r -> r.line().certificate().stars()),
            column("certificateNumber", r -> r.line().certificate().number()),
            column("issuedOn", r -> r.line().certificate().issuedOn()),
            column("expiresOn", r -> r.line().certificate().expiresOn()),
            column("manufacturerName", r -> r.line().producerName()),
            column("representative", r -> r.line().representative()),
            column("address", r -> r.line().address()),
            column("phone", r -> r.line().phone()),
            column("email", r -> r.line().email()),
            column("productCode", r -> r.line().productCode()),
            column("provinceCode", r -> r.line().unit().provinceCode()),
            column("communeCode", r -> r.line().unit().communeCode())));

    /** A certificate in force with the reporting day it is reported for. */
    public record Source(CertificateLine line, LocalDate period) {
    }

    /** One column: its name in the national shape and how its value is read. */
    public record Column(String name, Function<Source, Object> value) {
    }

    /** The path segment naming the shape ({@code /api/v1/exports/ptnt-ocop}). */
    public final String slug;
    /** The sheet name of its XLSX file. */
    public final String sheet;
    public final List<Column> columns;

    NationalShape(String slug, String sheet, List<Column> columns) {
        this.slug = slug;
        this.sheet = sheet;
        this.columns = columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    public List<Object> row(Source source) {
        return columns.stream().map(c -> c.value().apply(source)).toList();
    }

    private static Column column(String name, Function<Source, Object> value) {
        return new Column(name, value);
    }

    /** The unit a record is reported under: the commune (5 digits) or, without one, the province (2 digits). */
    private static String unitCode(OfficialCodes unit) {
        return unit.communeCode() != null ? unit.communeCode() : unit.provinceCode();
    }

}
