package vn.ocop.api.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * The rules every text of a request body follows: a JSON string (never a number or a boolean turned into text), no
 * NUL character (PostgreSQL cannot store it), no unpaired surrogate (it is no character at all and would be stored as
 * "?"), and stored in Unicode normalisation form C (an NFD "Hợp tác xã" from a Mac keyboard becomes the NFC one).
 */
public final class StrictText {

    private StrictText() {
    }

    /** The message key of what is wrong with the text, or null when it is acceptable. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "reason.text-nul";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "reason.text-unpaired-surrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "reason.text-unpaired-surrogate";
            }
        }
        return null;
    }

    /** The text in normalisation form C (the same instance when it already is). */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Reads a JSON string value by the rules above. */
    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedInputException(p, String.class, "reason.expected-text");
            }
            return checked(p, p.getText());
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Reads an object key (a map's keys) by the rules above. */
    static final class KeyReader extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), key);
        }
    }

    private static String checked(JsonParser p, String text) throws RefusedInputException {
        String problem = problem(text);
        if (problem != null) {
            throw new RefusedInputException(p, String.class, problem);
        }
        return nfc(text);
    }
}
