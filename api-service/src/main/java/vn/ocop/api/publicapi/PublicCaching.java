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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP caching of public answers: {@code Cache-Control: public, max-age=<ocop.public.max-age>} and a strong
 * ETag of the content, with 304 Not Modified for a matching {@code If-None-Match}.
 */
@ApplicationScoped
public class PublicCaching {

    private final ObjectMapper json;
    private final int maxAge;

    public PublicCaching(ObjectMapper json, @ConfigProperty(name = "ocop.public.max-age", defaultValue = "300") int maxAge) {
        this.json = json;
        this.maxAge = maxAge;
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
        String cacheControl = "public, max-age=" + maxAge;
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
