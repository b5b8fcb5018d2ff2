package vn.ocop.api.plan;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.ocop.api.common.web.ETags;

/** The answers of the plan-part resources: the part (or list) with the plan's version as the ETag. */
final class PlanPartResponses {

    private PlanPartResponses() {
    }

    /** 200 with the value and the plan's version as ETag. */
    static Response ok(PlanVersioned<?> part) {
        return Response.ok(part.value()).tag(ETags.of(part.planVersion())).build();
    }

    /** 201 with the new part's URL (the collection URL plus its id), the part and the plan's new version. */
    static Response created(UriInfo uri, long id, PlanVersioned<?> part) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(part.value()).tag(ETags.of(part.planVersion())).build();
    }

    /** 204 with the plan's new version. */
    static Response removed(long planVersion) {
        return Response.noContent().tag(ETags.of(planVersion)).build();
    }

    /** The version an optional If-Match names; {@code null} when none is sent. */
    static Long optionalVersion(String ifMatch) {
        return ifMatch == null ? null : ETags.expectedVersion(ifMatch);
    }
}
