package vn.ocop.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.product.ProductRepository;

/** Reads the audit log, per product or per record, oldest first. */
@ApplicationScoped
@Transactional
public class AuditQueryService {

    private final AuditEntryRepository entries;
    private final ProductRepository products;
    private final ObjectMapper json;

    public AuditQueryService(AuditEntryRepository entries, ProductRepository products, ObjectMapper json) {
        this.entries = entries;
        this.products = products;
        this.json = json;
    }

    public PageResponse<AuditEntryResponse> forProduct(long productId, PageQuery page) {
        if (products.findByIdOptional(productId).isEmpty()) {
            throw ApiException.notFound("entity.product", productId);
        }
        return page(entries.find("productId", sort(), productId), page);
    }

    public PageResponse<AuditEntryResponse> forRecord(String entityType, long entityId, PageQuery page) {
        return page(entries.find("entityType = ?1 and entityId = ?2", sort(), entityType, entityId), page);
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
