package vn.ocop.api.product;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.area.AreaService;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.catalogue.CatalogueService;
import vn.ocop.api.common.cache.ReadCache;
import vn.ocop.api.common.persistence.StillReferenced;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.AreaPaths;
import vn.ocop.api.security.ListFilter;
import vn.ocop.api.security.Role;
import vn.ocop.scoring.catalogue.ProductGroup;

/**
 * Products (sản phẩm OCOP): validation against producers, areas and the scoring catalogue; list filters.
 * Scoping: a product is reached through its producer (PRODUCER account) or its area (officers); others get 404
 * and do not see it in lists. The producer and area a product is given must be ones the caller reaches (for a
 * PRODUCER: its own producer, and its producer's area or a unit below it); otherwise 400 as for unknown ids.
 */
@ApplicationScoped
public class ProductService {

    static final String AUDIT_TYPE = "product";

    private static final int MAX_SEARCH_WORDS = 8;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id",
            "name", "searchKey",
            "productCode", "productCode",
            "productSetCode", "productSetCode",
            "stage", "stage",
            "stars", "currentStars",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final ProductRepository products;
    private final ProducerRepository producers;
    private final AreaRepository areas;
    private final CatalogueService catalogue;
    private final ProductAreas productAreas;
    private final AccessPolicy access;
    private final AreaService areaService;
    private final ReadCache reads;
    private final AuditLog audit;
    private final Today today;

    public ProductService(ProductRepository products, ProducerRepository producers, AreaRepository areas,
            CatalogueService catalogue, ProductAreas productAreas,
            AccessPolicy access, AreaService areaService, ReadCache reads, AuditLog audit, Today today) {
        this.today = today;
        this.audit = audit;
        this.products = products;
        this.producers = producers;
        this.areas = areas;
        this.areaService = areaService;
        this.reads = reads;
        this.catalogue = catalogue;
        this.productAreas = productAreas;
        this.access = access;
    }

    /** The product; 404 when it exists but is outside the caller's reach. */
    public Optional<ProductResponse> find(long id) {
        return products.findByIdOptional(id).map(this::visible).map(p -> ProductResponse.of(p, today.date()));
    }

    /** 404 unless the caller reaches the product (see {@link AccessPolicy#requireProducerVisible}). */
    Product visible(Product product) {
        access.requireProducerVisible(product.producer.id, product.areaPath, "entity.product",
                String.valueOf(product.id));
        return product;
    }

    public ProductResponse get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public ProductResponse create(ProductRequest request) {
        Product product = new Product();
        product.stage = ProductStage.forNewProduct(request.stage());
        apply(product, request);
        products.persist(product);
        products.flush();
        ProductResponse created = ProductResponse.of(product, today.date());
        audit.record("product.create", AUDIT_TYPE, product.id, product.id, product.areaPath, null, created);
        return created;
    }

    @Transactional
    public ProductResponse update(long id, long expectedVersion, ProductRequest request) {
        Product product = products.findByIdOptional(id).map(this::visible).orElseThrow(() -> notFound(id));
        ETags.checkVersion(expectedVersion, product.version);
        ProductResponse before = ProductResponse.of(product, today.date());
        // The client sends the stage it read (the shown one); staying there keeps what is stored.
        ProductStage shown = ProductStage.shown(product, today.date());
        ProductStage asked = ProductStage.clientMove(shown, request.stage());
        if (asked != shown) {
            product.stage = asked;
        }
        apply(product, request);
        products.flush();
        ProductResponse after = ProductResponse.of(product, today.date());
        audit.record("product.update", AUDIT_TYPE, product.id, product.id, product.areaPath, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Product product = products.findByIdOptional(id).map(this::visible).orElseThrow(() -> notFound(id));
        ETags.checkVersion(expectedVersion, product.version);
        long held = products.countCertificates(id);
        if (held > 0) {
            throw ApiException.stateConflict("detail.product-has-certificates", held);
        }
        ProductResponse before = ProductResponse.of(product, today.date());
        long dossiers = products.countDossiers(id);
        if (dossiers > 0) {
            throw ApiException.stateConflict("detail.product-has-dossiers", dossiers);
        }
        // Anything else still referring to the product (a record added meanwhile) is a 409, not a 500.
        StillReferenced.write(() -> {
            products.delete(product);
            products.flush();
        }, "entity.product");
        audit.record("product.delete", AUDIT_TYPE, id, id, product.areaPath, before, null);
    }

    public PageResponse<ProductResponse> list(ProductFilter filter, PageQuery page) {
        Selection selection = select(filter);
        Sort sort = SortSpec.parse(page.sort, SORTABLE, "name");
        // The page straight into response records and one COUNT over the product table alone; cached under the
        // exact query, scope condition included.
        String condition = selection.condition();
        String orderBy = SortSpec.orderBy(sort, "p");
        Map<String, Object> bound = selection.parameters();
        LocalDate day = selection.today();
        // Today is in the key: the shown stage is derived from it.
        return reads.get("products.page", List.of(condition, bound, orderBy, page.page, page.size, day), () -> {
            List<ProductResponse> items = products.page(condition, orderBy, bound, page.page, page.size, day);
            return new PageResponse<>(items, products.count(condition, bound), page.page, page.size);
        });
    }

    /**
     * The products a list with {@code filter} shows the caller: a JPQL condition over {@code p} with its
     * parameters, the caller's scope included, and the day the shown stage is derived for. Bound here, while the
     * request's identity is at hand (an export reads its rows later, while streaming).
     */
    public record Selection(String condition, Map<String, Object> parameters, LocalDate today) {
    }

    /** See {@link Selection}; 400 naming the query parameter for a bad filter value. */
    public Selection select(ProductFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.q != null && !filter.q.isBlank()) {
            // Every word must occur in the folded name, in any order.
            String[] words = VietnameseText.fold(filter.q).split(" ");
            for (int i = 0; i < words.length && i < MAX_SEARCH_WORDS; i++) {
                where.append(" and p.searchKey like :q").append(i);
                params.and("q" + i, VietnameseText.containsPattern(words[i]));
            }
        }
        if (filter.producerId != null) {
            where.append(" and p.producer.id = :producerId");
            params.and("producerId", filter.producerId);
        }
        if (filter.areaId != null) {
            String areaPath = areaService.subtreePathPrefix(filter.areaId).orElseThrow(
                    () -> ApiException.invalidField("areaId", "reason.area-not-found", String.valueOf(filter.areaId)));
            where.append(" and p.areaPath like :areaPath");
            params.and("areaPath", areaPath + "%");
        }
        if (filter.group != null && !filter.group.isBlank()) {
            where.append(" and p.productGroup = :group");
            params.and("group", parseGroup(filter.group).name());
        }
        if (filter.productSetCode != null && !filter.productSetCode.isBlank()) {
            where.append(" and p.productSetCode = :productSetCode");
            params.and("productSetCode", filter.productSetCode);
        }
        checkStars("stars", filter.stars);
        checkStars("minStars", filter.minStars);
        if (filter.stars != null) {
            where.append(" and p.currentStars = :stars");
            params.and("stars", filter.stars);
        }
        if (filter.minStars != null) {
            where.append(" and p.currentStars >= :minStars");
            params.and("minStars", filter.minStars);
        }
        LocalDate day = today.date();
        if (filter.stage != null && !filter.stage.isBlank()) {
            ProductStage stage = parseStage(filter.stage);
            String condition = ProductStage.shownIsJpql(stage);
            where.append(" and ").append(condition);
            params.and("shownStage", stage);
            if (condition.contains(":today")) {
                params.and("today", day);
            }
            if (ProductStage.shownAlso(stage) != null) {
                params.and("otherStage", ProductStage.shownAlso(stage));
            }
        }
        ListFilter scope = access.listFilter();
        String visible = scope.jpql("p.areaPath", "p.producer.id");
        if (visible != null) {
            where.append(" and ").append(visible);
            scope.parameters().forEach(params::and);
        }
        return new Selection(where.toString(), Map.copyOf(params.map()), day);
    }

    /** Copies the editable fields, checking producer, area and product set (the code is not one of them). */
    private void apply(Product product, ProductRequest request) {
        Producer producer = producers.findByIdOptional(request.producerId())
                .filter(p -> access.scope().canAccessProducer(p.id, p.areaPath))
                .orElseThrow(() -> ApiException.invalidField("producerId", "reason.producer-not-found",
                        String.valueOf(request.producerId())));
        Area area = request.areaId() == null ? producer.area : areas.findByIdOptional(request.areaId())
                .filter(a -> Objects.equals(a.id, product.area == null ? null : product.area.id)
                        || mayPlaceIn(a, producer))
                .orElseThrow(() -> ApiException.invalidField("areaId", "reason.area-not-found",
                        String.valueOf(request.areaId())));
        ProductGroup group = catalogue.productGroupOf(request.productSetCode()).orElseThrow(
                () -> ApiException.invalidField("productSetCode", "reason.product-set-unknown",
                        request.productSetCode()));
        if (product.productCode != null && !Objects.equals(product.area == null ? null : product.area.id, area.id)) {
            // The official code names the product's units: a move must keep them (else withdraw the code first).
            try {
                ProductCodeRules.checkMatchesArea(ProductCodeRules.parse(product.productCode),
                        productAreas.chainOf(area));
            } catch (ApiException e) {
                throw ApiException.invalidField("areaId", "reason.area-off-product-code", product.productCode);
            }
        }
        product.name = request.name().trim();
        product.searchKey = VietnameseText.fold(product.name);
        product.producer = producer;
        product.productSetCode = request.productSetCode();
        product.productGroup = group.name();
        product.area = area;
        product.areaPath = area.path;
        product.description = blankToNull(request.description());
    }

    /** Officers place products in their area; a PRODUCER in its producer's area or a unit below it. */
    private boolean mayPlaceIn(Area area, Producer producer) {
        if (access.scope().is(Role.PRODUCER)) {
            return AreaPaths.covers(producer.areaPath, area.path);
        }
        return access.canAccessArea(area.path);
    }

    private static void checkStars(String field, Integer stars) {
        if (stars != null && (stars < 1 || stars > 5)) {
            throw ApiException.invalidField(field, "reason.invalid-value", String.valueOf(stars));
        }
    }

    private static ProductGroup parseGroup(String value) {
        try {
            return ProductGroup.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("group", "reason.invalid-value", value);
        }
    }

    private static ProductStage parseStage(String value) {
        try {
            return ProductStage.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("stage", "reason.invalid-value", value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("entity.product", String.valueOf(id));
    }
}
