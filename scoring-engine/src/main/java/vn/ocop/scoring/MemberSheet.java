package vn.ocop.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * Phiếu chấm điểm — one council member's score sheet.
 *
 * @param answers criterion code → option code (e.g. {@code "C.6.1.1" → "C.6.1.1#2"}), or {@code "none"} for a
 *                criterion without a 0-point option. A JSON object that names a criterion twice is reported as
 *                DUPLICATE_ANSWER, whatever ObjectMapper reads it.
 */
public record MemberSheet(String memberId, CouncilRole role,
                          @JsonDeserialize(using = AnswersDeserializer.class) Map<String, String> answers) {

    public MemberSheet {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
