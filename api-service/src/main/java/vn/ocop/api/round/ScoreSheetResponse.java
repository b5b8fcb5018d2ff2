package vn.ocop.api.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.CouncilRole;

/** A submitted score sheet with the member's total. */
@Schema(name = "ScoreSheet")
public record ScoreSheetResponse(
        long id,
        long roundId,
        long dossierId,
        String memberId,
        CouncilRole role,
        BigDecimal total,
        Map<String, String> answers,
        String submittedBy,
        long version,
        Instant updatedAt) {

    static ScoreSheetResponse of(ScoreSheet s) {
        return new ScoreSheetResponse(s.id, s.entry.round.id, s.entry.dossier.id, s.member.userId, s.member.role,
                s.total, new TreeMap<>(s.answers), s.submittedBy, s.version, s.updatedAt);
    }
}
