package vn.ocop.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an answers object keeping duplicate keys visible: a criterion answered twice gets both option
 * codes joined by {@value #SEPARATOR}, which the engine reports as DUPLICATE_ANSWER (a plain map would
 * silently keep the last one).
 */
final class AnswersDeserializer extends JsonDeserializer<Map<String, String>> {

    static final String SEPARATOR = "|";

    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return ctxt.reportInputMismatch(Map.class, "answers must be an object of criterion code -> option code");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            String value = t == JsonToken.VALUE_NULL ? null : t.isScalarValue() ? p.getText() : null;
            if (!t.isScalarValue()) {
                p.skipChildren();
                value = "";
            }
            answers.merge(key, value == null ? "" : value, (a, b) -> a + SEPARATOR + b);
        }
        return answers;
    }
}
