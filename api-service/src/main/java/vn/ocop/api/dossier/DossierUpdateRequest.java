package vn.ocop.api.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full update of a draft or returned dossier: its self-assessment, evidence and note, each present (null or
 * empty clears it). Status and queue are the workflow's and are refused here.
 */
@Schema(name = "DossierUpdateRequest")
public record DossierUpdateRequest(
        Map<String, String> selfAssessment,
        @Size(max = 200) List<@Valid EvidenceItem> evidence,
        @Size(max = 2000) String note) {
}
