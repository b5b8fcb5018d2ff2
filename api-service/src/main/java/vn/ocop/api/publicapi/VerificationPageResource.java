package vn.ocop.api.publicapi;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import vn.ocop.api.verification.VerificationCounter;

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
    static final String IMAGE_PNG = "image/png";
    static final String IMAGE_SVG = "image/svg+xml";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(VerificationPage page);

        static native TemplateInstance search(SearchPage page);
    }

    private final PublicCertificateService service;
    private final VerificationPages pages;
    private final PublicCaching caching;
    private final Today today;
    private final PublicProductService products;
    private final SearchPages searches;
    private final VerificationCounter counter;

    public VerificationPageResource(PublicCertificateService service, VerificationPages pages, PublicCaching caching,
            Today today, PublicProductService products, SearchPages searches, VerificationCounter counter) {
        this.counter = counter;
        this.products = products;
        this.searches = searches;
        this.service = service;
        this.pages = pages;
        this.caching = caching;
        this.today = today;
    }

    /** Results per page of the search. */
    static final int SEARCH_PAGE_SIZE = 20;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Product search page for buyers: certified products by name, province and stars",
            description = "A server-rendered page (Vietnamese, or English by Accept-Language or lang=en) of the products "
                    + "with a certificate in force today, 20 a page with links to the next and previous pages, each with "
                    + "its stars, producer, province and standing, linked to its verification page. The same list as "
                    + "JSON: GET /api/v1/public/products.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response search(
            @Parameter(description = "Words of the product name; diacritics and case are ignored", example = "o mai mo")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Official province code", example = "19")
            @QueryParam("province") @Pattern(regexp = "^([0-9]{2})?$") String province,
            @Parameter(description = "Exact number of stars, 3 to 5", example = "4")
            @QueryParam("stars") @Pattern(regexp = "^[3-5]?$") String stars,
            @Parameter(description = "Page index, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Language of the page (default: Accept-Language, else Vietnamese)")
            @QueryParam("lang") @Pattern(regexp = "^(vi|en)$") String lang,
            @Context HttpHeaders headers) {
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : Messages.choose(headers.getAcceptableLanguages());
        // The form sends empty values for "all".
        SearchPages.Search search = new SearchPages.Search(q == null || q.isBlank() ? null : q.trim(),
                province == null || province.isEmpty() ? null : province,
                stars == null || stars.isEmpty() ? null : Integer.valueOf(stars), page, SEARCH_PAGE_SIZE);
        String html = Templates.search(searches.of(search, products.list(search.query(), search.provinceCode(), null,
                search.stars(), page, SEARCH_PAGE_SIZE), products.provinces(), locale)).render();
        return Response.ok(html.getBytes(StandardCharsets.UTF_8)).type(HTML)
                .header(HttpHeaders.CACHE_CONTROL, PublicCaching.CACHE_CONTROL).header(HttpHeaders.VARY, VARY).build();
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
        found.ifPresent(verified -> counter.count(verified.certificateId()));
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

    @GET
    @Path("/{number}/label.png")
    @Produces(IMAGE_PNG)
    @Operation(summary = "Printable label (PNG, 300 dpi, 50.8 mm wide): the QR code of /v/{number}, the stars and the number",
            description = "For producers to print on packaging: 600 × 818 pixels at 300 dpi (50.8 × 69.3 mm), black on "
                    + "white, stars drawn as shapes. Only for a certificate in force today (409 otherwise).")
    @APIResponse(responseCode = "200", description = "PNG image",
            content = @Content(mediaType = IMAGE_PNG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The certificate is not in force today: no label")
    public Response labelPng(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Context Request request) {
        CertificateVerification c = inForce(number);
        return caching.bytes(Labels.png(c.verificationUrl(), c.number(), c.stars()), IMAGE_PNG, request);
    }

    @GET
    @Path("/{number}/label.svg")
    @Produces(IMAGE_SVG)
    @Operation(summary = "Printable label (SVG, 50.8 mm wide): the QR code of /v/{number}, the stars and the number",
            description = "The same drawing as label.png, sized in millimetres. Only for a certificate in force today "
                    + "(409 otherwise).")
    @APIResponse(responseCode = "200", description = "SVG image",
            content = @Content(mediaType = IMAGE_SVG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The certificate is not in force today: no label")
    public Response labelSvg(
            @Parameter(description = "Certificate number as printed", example = "OCOP-19-2025-0012")
            @PathParam("number") String number,
            @Context Request request) {
        CertificateVerification c = inForce(number);
        byte[] svg = Labels.svg(c.verificationUrl(), c.number(), c.stars()).getBytes(StandardCharsets.UTF_8);
        return caching.bytes(svg, IMAGE_SVG, request);
    }

    /** A label is printed only for a certificate in force today (the engine's standing). */
    private CertificateVerification inForce(String number) {
        CertificateVerification c = service.verify(number)
                .orElseThrow(() -> ApiException.notFound("entity.certificate", number));
        if (!c.valid()) {
            throw ApiException.stateConflict("detail.certificate.no-label", c.number(), c.status());
        }
        return c;
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
