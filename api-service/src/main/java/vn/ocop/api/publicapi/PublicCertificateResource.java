package vn.ocop.api.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.verification.VerificationCounter;

/** Anyone can check an OCOP certificate (tra cứu giấy chứng nhận) and get its QR code; no sign-in. */
@Path("/api/v1/public/certificates/{number}")
@Tag(name = "Public", description = "Open endpoints: certificate verification and certified products (no sign-in)")
@PermitAll
public class PublicCertificateResource {

    private static final String IMAGE_PNG = "image/png";
    private static final String IMAGE_SVG = "image/svg+xml";

    private final PublicCertificateService service;
    private final PublicCaching caching;
    private final VerificationCounter counter;

    public PublicCertificateResource(PublicCertificateService service, PublicCaching caching,
            VerificationCounter counter) {
        this.counter = counter;
        this.service = service;
        this.caching = caching;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate: is it genuine and valid today?",
            description = "Product, producer, stars, issuing body and dates, and the status today (VALID, EXPIRED, "
                    + "REVOKED, SUPERSEDED). Nothing private. Always current: Cache-Control public, no-cache (revalidate with the ETag in If-None-Match; 304 when unchanged).")
    @APIResponse(responseCode = "200", description = "The certificate exists; see status",
            headers = @Header(name = "ETag", description = "Content tag for If-None-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificateVerification.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response verify(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Context Request request) {
        VerifiedCertificate verified = service.check(number)
                .orElseThrow(() -> ApiException.notFound("entity.certificate", number));
        counter.count(verified.certificateId());
        return caching.json(verified.answer(), request);
    }

    @GET
    @Path("/qr.png")
    @Produces(IMAGE_PNG)
    @Operation(summary = "QR code (PNG) of the certificate's verification URL, for labels")
    @APIResponse(responseCode = "200", description = "PNG image",
            content = @Content(mediaType = IMAGE_PNG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response qrPng(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Parameter(description = "Pixels per QR module, 2 to 20", example = "8")
            @QueryParam("scale") @DefaultValue("8") @Min(2) @Max(20) int scale,
            @Context Request request) {
        return caching.bytes(QrCodes.png(find(number).verificationUrl(), scale), IMAGE_PNG, request);
    }

    @GET
    @Path("/qr.svg")
    @Produces(IMAGE_SVG)
    @Operation(summary = "QR code (SVG) of the certificate's verification URL, for labels")
    @APIResponse(responseCode = "200", description = "SVG image",
            content = @Content(mediaType = IMAGE_SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response qrSvg(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Context Request request) {
        byte[] svg = QrCodes.svg(find(number).verificationUrl()).getBytes(StandardCharsets.UTF_8);
        return caching.bytes(svg, IMAGE_SVG, request);
    }

    private CertificateVerification find(String number) {
        return service.verify(number).orElseThrow(() -> ApiException.notFound("entity.certificate", number));
    }
}
