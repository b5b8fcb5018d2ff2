package vn.ocop.api.common.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.FieldError;
import vn.ocop.api.common.problem.ProblemType;

/**
 * Refuses a JSON or text body that is not well-formed UTF-8 before it is read: Jackson decodes an overlong sequence
 * such as {@code C0 AF} to "/" and a CESU surrogate to an unpaired one, so the check is made on the bytes, with a
 * decoder that reports (never replaces) malformed input. Other bodies (none today) are left alone.
 */
@Provider
public class Utf8BodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isText(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            int offset = firstMalformedByte(body);
            if (offset >= 0) {
                throw new ApiException(ProblemType.MALFORMED_REQUEST, "detail.invalid-utf8",
                        List.of(new FieldError("body", "reason.invalid-utf8")), offset);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /** Offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
    static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }

    /** JSON is UTF-8 whatever the charset parameter says (RFC 8259); text/* when declared or assumed UTF-8. */
    private static boolean isText(MediaType type) {
        if (type == null) {
            return true;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return true;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return type.getType().equalsIgnoreCase("text")
                && (charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8"));
    }
}
