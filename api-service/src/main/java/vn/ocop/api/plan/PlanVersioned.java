package vn.ocop.api.plan;

/** A part of a plan (or a list of them) with the plan's version after the read or change (the ETag). */
public record PlanVersioned<T>(T value, long planVersion) {
}
