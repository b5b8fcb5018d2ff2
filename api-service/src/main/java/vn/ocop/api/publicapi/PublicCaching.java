package vn.ocop.api.publicapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching of public answers: a strong ETag of the content, with 304 Not Modified for a matching
 * {@code If-None-Match}, and {@value #CACHE_CONTROL}: a browser or proxy may keep the answer but must revalidate it
 * on every use, so a revoked certificate is never shown as valid from a stored copy (issue 9, item 13). A
 * revalidation costs a 304 without a body.
 */
@ApplicationScoped
public class PublicCaching {

    static final String CACHE_CONTROL = "public, no-cache";

    private final ObjectMapper json;

    public PublicCaching(ObjectMapper json) {
        this.json = json;
    }

    /** 200 with the JSON body, or 304 when the client already has it. */
    public Response json(Object body, Request request) {
        try {
            return respond(json.writeValueAsBytes(body), body, null, request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 200 with the bytes of the given media type, or 304. */
    public Response bytes(byte[] content, String mediaType, Request request) {
        return respond(content, content, mediaType, request);
    }

    private Response respond(byte[] content, Object entity, String mediaType, Request request) {
        EntityTag tag = new EntityTag(digest(content));
        String cacheControl = CACHE_CONTROL;
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        Response.ResponseBuilder ok = Response.ok(entity).tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        return mediaType == null ? ok.build() : ok.type(mediaType).build();
    }

    private static String digest(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
