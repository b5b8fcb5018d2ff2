package vn.ocop.api.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import vn.ocop.api.area.OfficialCodes;
import vn.ocop.api.common.export.TabularWriter;

/**
 * The certificate list as CSV or XLSX: every certificate the JSON list would show for the same filters and caller
 * (not one page), in id order, with its standing on {@code asOf} and the official unit codes of the product's
 * area. Read {@value #BATCH} at a time (keyset on the id, each batch its own transaction) while the file streams.
 */
@ApplicationScoped
public class CertificateExport {

    static final int BATCH = 500;

    /** The columns, in order (also in the OpenAPI description). */
    static final String COLUMNS = "Mã hệ thống, Số giấy chứng nhận, Mã sản phẩm, Tên sản phẩm, Chủ thể, Hạng sao, "
            + "Bộ tiêu chí, Loại đánh giá, Cơ quan quyết định, Số quyết định, Ngày quyết định, Ngày cấp, "
            + "Ngày hết hạn, Hiệu lực đến, Trạng thái, Tình trạng, Ngày thu hồi, Lý do thu hồi, Mã tỉnh, Mã xã";

    static final List<String> HEADERS = List.of(COLUMNS.split(", "));

    private final CertificateService service;

    public CertificateExport(CertificateService service) {
        this.service = service;
    }

    /** The export response; the filter is checked (400) and the caller's scope bound before streaming starts. */
    public Response response(CertificateService.Filter filter, TabularWriter.Format format) {
        CertificateService.Selection selection = service.select(filter);
        return TabularWriter.response(format, "certificates", "Giấy chứng nhận", HEADERS, TabularWriter.inBatches(
                BATCH, after -> service.batch(selection, after, BATCH), line -> line.certificate().id(),
                CertificateExport::row));
    }

    private static List<Object> row(CertificateLine line) {
        CertificateResponse c = line.certificate();
        OfficialCodes unit = line.unit();
        return Arrays.asList(c.id(), c.number(), line.productCode(), c.productName(), line.producerName(),
                c.stars(), c.ruleSetId(), name(c.evaluationType()), c.decidingBody(), c.decisionNumber(),
                c.decisionDate(), c.issuedOn(), c.expiresOn(), c.validThrough(), name(c.status()),
                name(c.state()), c.revokedOn(), c.revocationGround(), unit.provinceCode(), unit.communeCode());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
