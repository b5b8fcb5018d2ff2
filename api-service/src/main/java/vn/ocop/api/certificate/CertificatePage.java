package vn.ocop.api.certificate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of a page of certificates in the OpenAPI document (the body is a PageResponse of CertificateResponse). */
@Schema(name = "CertificatePage")
final class CertificatePage {

    @Schema(description = "Items of this page")
    public List<CertificateResponse> items;

    @Schema(description = "Number of certificates matching the filter, over all pages", example = "42")
    public long total;

    @Schema(description = "Page index, from 0", example = "0")
    public int page;

    @Schema(description = "Page size", example = "20")
    public int size;

    private CertificatePage() {
    }
}
