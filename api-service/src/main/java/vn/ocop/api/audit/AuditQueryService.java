package vn.ocop.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.security.AccessPolicy;

/**
 * Reads the audit log, per product or per record, oldest first. Officers read the entries of records of their
 * area (producers, products, plans and their parts, dossiers, rounds and what is in them; a product outside is 404,
 * a record outside shows no entries); entries of areas and accounts are ADMIN's only; ADMIN reads everything.
 */
@ApplicationScoped
@Transactional
public class AuditQueryService {

    private final AuditEntryRepository entries;
    private final ObjectMapper json;
    private final AccessPolicy access;

    public AuditQueryService(AuditEntryRepository entries, ObjectMapper json, AccessPolicy access) {
        this.access = access;
        this.entries = entries;
        this.json = json;
    }

    /** Every entry about the product; the product feature checks the caller may see the product first. */
    public PageResponse<AuditEntryResponse> forProduct(long productId, PageQuery page) {
        return page(entries.find("productId", sort(), productId), page);
    }

    public PageResponse<AuditEntryResponse> forRecord(String entityType, long entityId, PageQuery page) {
        Parameters params = Parameters.with("type", entityType).and("id", entityId);
        String where = "entityType = :type and entityId = :id";
        String prefix = access.areaPathPrefix();
        if (prefix != null) {
            // The record's area when written, or the product's area now (a product moved keeps its history).
            where += " and (areaPath like :prefix"
                    + " or productId in (select p.id from Product p where p.areaPath like :prefix))";
            params.and("prefix", prefix + "%");
        }
        return page(entries.find(where, sort(), params), page);
    }

    private PageResponse<AuditEntryResponse> page(
            io.quarkus.hibernate.orm.panache.PanacheQuery<AuditEntry> query, PageQuery page) {
        var items = query.page(Page.of(page.page, page.size)).list().stream().map(this::toResponse).toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
    }

    private static Sort sort() {
        return Sort.by("occurredAt").and("id");
    }

    private AuditEntryResponse toResponse(AuditEntry e) {
        return new AuditEntryResponse(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.productId,
                parse(e.beforeJson), parse(e.afterJson));
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit snapshot is not JSON", e);
        }
    }
}
