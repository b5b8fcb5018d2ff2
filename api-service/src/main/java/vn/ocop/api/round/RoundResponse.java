package vn.ocop.api.round;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.scoring.calendar.EvaluationCalendar;
import vn.ocop.scoring.process.Level;

/** An evaluation round as the API shows it. */
@Schema(name = "EvaluationRound")
public record RoundResponse(
        long id,
        String name,
        Level level,
        long areaId,
        @Schema(example = "Sơn Hà") String areaName,
        String ruleSetId,
        LocalDate startsOn,
        LocalDate endsOn,
        RoundStatus status,
        List<RoundRequest.Member> council,
        @Schema(description = "Under 26/2026: whether the round fits the legal windows") LegalWindow legalWindow,
        long version) {

    static RoundResponse of(EvaluationRound r, EvaluationCalendar calendar) {
        return new RoundResponse(r.id, r.name, r.level, r.area.id, r.area.name, r.ruleSetId, r.startsOn, r.endsOn,
                r.status, r.council.stream().map(m -> new RoundRequest.Member(m.userId, m.fullName, m.role)).toList(),
                LegalWindow.of(calendar, r.level, r.endsOn), r.version);
    }
}
