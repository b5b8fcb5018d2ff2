package vn.ocop.api.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Maps plan records to and from their wire shapes. */
final class PlanMapper {

    private PlanMapper() {
    }

    static PlanSummaryResponse summary(Plan p) {
        return new PlanSummaryResponse(p.id, p.area.id, p.area.code, p.area.name, p.year, p.number, p.issuedOn,
                p.title, p.ruleSet, p.budgetVnd, p.version);
    }

    static PlanResponse full(Plan p, List<PlanTarget> targets, List<PlanMilestone> milestones,
            List<PlanActivity> activities) {
        return new PlanResponse(p.id, p.area.id, p.area.code, p.area.name, p.year, p.number, p.issuedOn, p.title,
                p.ruleSet, p.budgetVnd, p.fundingSource, units(p.executingUnits), p.note, p.version, p.createdAt,
                p.updatedAt, targets.stream().map(PlanMapper::target).toList(),
                milestones.stream().map(PlanMapper::milestone).toList(),
                activities.stream().map(PlanMapper::activity).toList());
    }

    static void apply(PlanRequest r, Plan p) {
        p.year = r.year();
        p.number = blankToNull(r.number());
        p.issuedOn = r.issuedOn();
        p.title = r.title().trim();
        p.ruleSet = blankToNull(r.ruleSet());
        p.budgetVnd = r.budgetVnd();
        p.fundingSource = blankToNull(r.fundingSource());
        p.executingUnits = r.executingUnits() == null || r.executingUnits().isEmpty() ? null
                : r.executingUnits().stream().map(String::trim).collect(Collectors.joining("\n"));
        p.note = blankToNull(r.note());
    }

    static TargetResponse target(PlanTarget t) {
        return new TargetResponse(t.id, t.kind, t.label, t.minStars, t.fromStars, t.toStars, t.productGroup,
                t.evaluationType, t.quantity, t.quantityMax, t.participantsEach, List.copyOf(t.productIds));
    }

    static void apply(TargetRequest r, PlanTarget t) {
        t.kind = r.kind();
        t.label = blankToNull(r.label());
        t.minStars = r.minStars();
        t.fromStars = r.fromStars();
        t.toStars = r.toStars();
        t.productGroup = r.productGroup() == null ? null : r.productGroup().name();
        t.evaluationType = r.evaluationType();
        t.quantity = r.quantity();
        t.quantityMax = r.quantityMax();
        t.participantsEach = r.participantsEach();
        t.productIds.clear();
        if (r.productIds() != null) {
            t.productIds.addAll(r.productIds());
        }
    }

    static MilestoneResponse milestone(PlanMilestone m) {
        return new MilestoneResponse(m.id, m.title, m.startsOn, m.dueOn, m.doneOn, m.note);
    }

    static void apply(MilestoneRequest r, PlanMilestone m) {
        m.title = r.title().trim();
        m.startsOn = r.startsOn();
        m.dueOn = r.dueOn();
        m.doneOn = r.doneOn();
        m.note = blankToNull(r.note());
    }

    static ActivityResponse activity(PlanActivity a) {
        List<Long> producers = new ArrayList<>(a.producerIds);
        producers.sort(Long::compare);
        return new ActivityResponse(a.id, a.kind, a.title, a.heldOn, a.place, a.participants, producers, a.note);
    }

    static void apply(ActivityRequest r, PlanActivity a) {
        a.kind = r.kind();
        a.title = r.title().trim();
        a.heldOn = r.heldOn();
        a.place = blankToNull(r.place());
        a.participants = r.participants();
        a.note = blankToNull(r.note());
        a.producerIds.clear();
        if (r.producerIds() != null) {
            a.producerIds.addAll(r.producerIds());
        }
    }

    private static List<String> units(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
