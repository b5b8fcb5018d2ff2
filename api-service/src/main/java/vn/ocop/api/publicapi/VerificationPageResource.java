package vn.ocop.api.publicapi;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;

/**
 * The address in the QR code ({@code /v/<number>}, {@link VerificationUrls}): what a buyer sees when scanning it. One
 * answer, two forms by content negotiation: a server-rendered page (Qute, no cookies, no JavaScript) when the client
 * asks for {@code text/html} explicitly (a browser), the JSON of the public verification API otherwise. Public,
 * rate limited like {@code /api/v1/public/*}, never cached on the server, revalidated by clients.
 */
@Path("/v")
@Tag(name = "Public")
@PermitAll
public class VerificationPageResource {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String VARY = "Accept, Accept-Language";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(VerificationPage page);
    }

    private final PublicCertificateService service;
    private final VerificationPages pages;
    private final PublicCaching caching;
    private final Today today;

    public VerificationPageResource(PublicCertificateService service, VerificationPages pages, PublicCaching caching,
            Today today) {
        this.service = service;
        this.pages = pages;
        this.caching = caching;
        this.today = today;
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "The verification address in the QR code: a page for a browser, JSON otherwise",
            description = "With Accept listing text/html (a browser): a page in Vietnamese, or English by "
                    + "Accept-Language or lang=en, showing the standing in large words and colour, the stars, product, "
                    + "producer, commune, province, issuing body, decision, expiry and the time checked; 404 with a "
                    + "page for an unknown number. Otherwise the JSON of GET /api/v1/public/certificates/{number}. "
                    + "Vary: Accept, Accept-Language; Cache-Control public, no-cache.")
    @APIResponse(responseCode = "200", description = "The certificate exists; see status",
            headers = @Header(name = "ETag", description = "Content tag for If-None-Match"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificateVerification.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such certificate (a browser gets a page saying so, with the same status)")
    public Response verify(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Parameter(description = "Language of the page (default: Accept-Language, else Vietnamese)")
            @QueryParam("lang") @Pattern(regexp = "^(vi|en)$") String lang,
            @Context HttpHeaders headers,
            @Context Request request) {
        Optional<VerifiedCertificate> found = service.check(number);
        if (!wantsHtml(headers)) {
            VerifiedCertificate verified = found
                    .orElseThrow(() -> ApiException.notFound("entity.certificate", number));
            return vary(caching.json(verified.answer(), request));
        }
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : Messages.choose(headers.getAcceptableLanguages());
        if (found.isEmpty()) {
            String html = Templates.page(pages.unknown(number, today.now(), locale)).render();
            return Response.status(Response.Status.NOT_FOUND).type(HTML)
                    .header(HttpHeaders.CACHE_CONTROL, PublicCaching.CACHE_CONTROL).header(HttpHeaders.VARY, VARY)
                    .entity(html.getBytes(StandardCharsets.UTF_8)).build();
        }
        String html = Templates.page(pages.of(found.get(), locale)).render();
        return vary(caching.bytes(html.getBytes(StandardCharsets.UTF_8), HTML, request));
    }

    /**
     * A page only when the client names {@code text/html} (with a weight above zero and not below JSON's); a client
     * that accepts anything ({@code *}{@code /*}, or no Accept) gets JSON.
     */
    static boolean wantsHtml(HttpHeaders headers) {
        double html = 0;
        double json = 0;
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            double q = weight(type);
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                html = Math.max(html, q);
            } else if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                json = Math.max(json, q);
            }
        }
        return html > 0 && html >= json;
    }

    private static double weight(MediaType type) {
        String q = type.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Response vary(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.VARY, VARY).build();
    }
}
