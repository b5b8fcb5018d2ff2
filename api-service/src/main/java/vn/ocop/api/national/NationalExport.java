package vn.ocop.api.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.ocop.api.certificate.CertificateService;
import vn.ocop.api.common.export.TabularWriter;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;

/**
 * Hands the certificates in force on a reporting day over in a national shape: JSON, CSV or XLSX, streamed in
 * keyset batches like the list exports, within the caller's area.
 */
@ApplicationScoped
public class NationalExport {

    static final int BATCH = 500;

    private final CertificateService certificates;
    private final Today today;

    public NationalExport(CertificateService certificates, Today today) {
        this.certificates = certificates;
        this.today = today;
    }

    /**
     * The reporting day of a year: its last day, or today while the year runs; 400 for a year still to come or
     * before the programme (2018).
     */
    public LocalDate reportingDay(Long year) {
        LocalDate now = today.date();
        if (year == null) {
            return now;
        }
        if (year < 2018 || year > now.getYear()) {
            throw ApiException.invalidField("year", "reason.national.year-out-of-range", "2018",
                    String.valueOf(now.getYear()));
        }
        LocalDate end = LocalDate.of(year.intValue(), 12, 31);
        return end.isAfter(now) ? now : end;
    }

    /** The response; filters are checked (400) and the caller's scope bound before streaming starts. */
    public Response response(NationalShape shape, Long areaId, LocalDate day, TabularWriter.Format format) {
        CertificateService.Selection selection = certificates.inForce(areaId, day);
        TabularWriter.Rows rows = TabularWriter.inBatches(BATCH, after -> certificates.batch(selection, after, BATCH),
                line -> line.certificate().id(), line -> shape.row(new NationalShape.Source(line, day)));
        if (format == null) {
            return TabularWriter.jsonResponse(shape.name(), day, shape.headers(), rows);
        }
        return TabularWriter.response(format, shape.slug + "-" + day, shape.sheet, shape.headers(), rows);
    }
}
