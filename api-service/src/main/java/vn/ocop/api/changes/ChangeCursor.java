package vn.ocop.api.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The feed's opaque cursor: base64url (no padding) of {@code "c1:" + position}, the position of the last event the
 * client has. Clients keep it and pass it back; they never build one.
 */
public final class ChangeCursor {

    private static final String PREFIX = "c1:";
    private static final Pattern POSITION = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private ChangeCursor() {
    }

    public static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position in a cursor, or empty when the text is not a cursor of this feed. */
    public static Optional<Long> parse(String cursor) {
        if (cursor == null || !TEXT.matcher(cursor).matches()) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!text.startsWith(PREFIX) || !POSITION.matcher(text.substring(PREFIX.length())).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text.substring(PREFIX.length())));
    }
}
