package vn.ocop.api.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemDetail;
import vn.ocop.api.common.problem.ProblemResponses;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Checks of the request line made on the Vert.x router, before anything decodes it, so that every refusal is
 * problem+json (Vert.x itself answers these with an empty body):
 * <ul>
 * <li>a URI longer than {@value #MAX_URI_LENGTH} characters: 414 (the HTTP codec's own limit,
 * {@code quarkus.http.limits.max-initial-line-length}, is set higher so that such requests reach this check; a line
 * longer still is refused by the codec with an empty 414, before any application code runs);</li>
 * <li>a malformed percent-escape ({@code %zz}), escapes that are not UTF-8 ({@code %C0%AF}) in the path or the query,
 * or a NUL ({@code %00}) in the query: 400 naming the query parameter ({@code path} for the path). A NUL in a path
 * parameter is refused by {@link PathParamCheck}, which names the parameter;</li>
 * <li>a declared {@code Content-Length} above {@code quarkus.http.limits.max-body-size}: 413 (bodies sent in chunks
 * are counted by Quarkus REST, whose 413 goes through the exception mappers);</li>
 * <li>any other bare 400, 413, 414 or 431 failure of the router gets the same problem body.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestLineGuard {

    /** The longest request URI (path and query) accepted. */
    public static final int MAX_URI_LENGTH = 4096;

    /**
     * Request headers larger than this (16 KiB) are refused with a problem+json 431; the codec's own limit,
     * {@code quarkus.http.limits.max-header-size}, is set higher so that such requests reach this check.
     */
    public static final int MAX_HEADER_BYTES = 16384;
    private static final int SHOWN_PATH = 200;

    private final ObjectMapper json;
    private final long maxBodySize;

    public RequestLineGuard(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // Before the routes of Quarkus itself (the upload limit runs at order -2).
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
        router.route().order(Integer.MIN_VALUE + 100).failureHandler(ctx -> problemFor(ctx, false));
        // Failures no route takes, such as a path Vert.x cannot decode (no route matches it at all).
        for (int status : new int[] {400, 413, 414, 431}) {
            router.errorHandler(status, ctx -> problemFor(ctx, true));
        }
    }

    private void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            send(ctx, ProblemType.URI_TOO_LONG, "detail.uri-too-long", List.of(), MAX_URI_LENGTH);
            return;
        }
        Refusal refusal = refusal(uri);
        if (refusal != null) {
            Locale locale = locale(ctx);
            send(ctx, ProblemType.VALIDATION, "detail.invalid-fields",
                    List.of(new FieldError(refusal.field(), Messages.get(locale, refusal.reasonKey()))), 1);
            return;
        }
        if (headerBytes(ctx) > MAX_HEADER_BYTES) {
            send(ctx, ProblemType.HEADERS_TOO_LARGE, "detail.headers-too-large", List.of());
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            // The body is not read: answer, then close the connection (as Quarkus does for its own 413).
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ctx.response().endHandler(ended -> ctx.request().connection().close());
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.body-too-large", List.of(), maxBodySize);
            return;
        }
        ctx.next();
    }

    /** The size of the request's headers as sent (name, ": ", value, CRLF each). */
    private static long headerBytes(RoutingContext ctx) {
        long total = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A problem body for a bare 400, 413, 414 or 431 failure; other failures go on to the next failure handler
     * (unless {@code last}: the router's error handler, after which nothing would answer).
     */
    private void problemFor(RoutingContext ctx, boolean last) {
        int status = ctx.statusCode();
        if (ctx.response().headWritten()) {
            return;
        }
        if (!last && ((ctx.failure() != null && status != 400) || (status != 400 && status != 413 && status != 414
                && status != 431))) {
            ctx.next();
            return;
        }
        Refusal refusal = status == 400 ? refusal(ctx.request().uri()) : null;
        if (refusal != null) {
            Locale locale = locale(ctx);
            send(ctx, ProblemType.VALIDATION, "detail.invalid-fields",
                    List.of(new FieldError(refusal.field(), Messages.get(locale, refusal.reasonKey()))), 1);
            return;
        }
        if (ctx.failure() != null && !last) {
            ctx.next();
            return;
        }
        ProblemType type = switch (status) {
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            default -> ProblemType.MALFORMED_REQUEST;
        };
        String detail = switch (status) {
            case 413 -> "detail.body-too-large";
            case 414 -> "detail.uri-too-long";
            case 431 -> "detail.headers-too-large";
            default -> "detail.bad-request";
        };
        Object arg = status == 413 ? maxBodySize : MAX_URI_LENGTH;
        send(ctx, type, detail, List.of(), arg);
    }

    /** What is wrong with a raw request URI ({@code /path?query}), or null when nothing is. */
    static Refusal refusal(String uri) {
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? null : uri.substring(question + 1);
        if (decode(path, false) == null) {
            return new Refusal("path", "reason.uri-encoding");
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName, true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            String field = name == null || name.indexOf('\0') >= 0 ? rawName : name;
            if (name == null || value == null) {
                return new Refusal(field, "reason.uri-encoding");
            }
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                return new Refusal(field, "reason.text-nul");
            }
        }
        return null;
    }

    /** The text of a percent-encoded URI part, or null when an escape is malformed or the bytes are not UTF-8. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    record Refusal(String field, String reasonKey) {
    }

    private void send(RoutingContext ctx, ProblemType type, String detailKey, List<FieldError> errors,
            Object... args) {
        Locale locale = locale(ctx);
        String path = ctx.request().path();
        if (path != null && path.length() > SHOWN_PATH) {
            path = path.substring(0, SHOWN_PATH) + "…";
        }
        Response problem = ProblemResponses.builder(type, Messages.get(locale, detailKey, args), errors, locale, path)
                .build();
        HttpServerResponse response = ctx.response();
        response.setStatusCode(problem.getStatus());
        for (Map.Entry<String, List<String>> header : problem.getStringHeaders().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        try {
            response.end(Buffer.buffer(json.writeValueAsBytes(problem.getEntity())));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }

    private static Locale locale(RoutingContext ctx) {
        List<Locale> acceptable = ctx.acceptableLanguages().stream()
                .map(LanguageHeader::value)
                .map(Locale::forLanguageTag)
                .toList();
        return Messages.choose(acceptable);
    }
}
