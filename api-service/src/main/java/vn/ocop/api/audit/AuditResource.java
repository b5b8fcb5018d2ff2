package vn.ocop.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.api.security.Roles;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;

/** The audit log: every write with who, what, when, before and after. */
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE, Roles.DISTRICT, Roles.COMMUNE})
@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who changed what and when (nhật ký thao tác)")
public class AuditResource {

    private final AuditQueryService audit;

    public AuditResource(AuditQueryService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit log of one record (e.g. entityType=evaluation-round)")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    public PageResponse<AuditEntryResponse> forRecord(
            @Parameter(description = "Record type: producer, product, plan, plan-target, plan-milestone,"
                    + " plan-activity, area, account, dossier, evaluation-round, round-dossier, score-sheet, decision,"
                    + " certificate",
                    example = "dossier") @QueryParam("entityType") @NotBlank String entityType,
            @Parameter(description = "Record id", example = "7") @QueryParam("entityId") @jakarta.validation.constraints.NotNull Long entityId,
            @Valid @BeanParam PageQuery page) {
        return audit.forRecord(entityType, entityId, page);
    }
}
