package vn.ocop.api.plan;

/** A part of a plan (target, milestone, activity) with the plan's version after the read or change (the ETag). */
public record PlanPart<T>(T value, long planVersion) {
}
