package vn.ocop.api.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.security.AccessPolicy;

/**
 * Assigns the next official product code of a commune for a year (số thứ tự trong xã). The sequence is one more
 * than the highest used in the commune and year; the unique constraint on product codes decides between
 * concurrent assignments, and the loser tries again in a new transaction.
 */
@ApplicationScoped
public class ProductCodeService {

    static final int ATTEMPTS = 10;

    private static final Logger LOG = Logger.getLogger(ProductCodeService.class);

    private final ProductRepository products;
    private final ProductAreas productAreas;
    private final AccessPolicy access;
    private final AuditLog audit;

    public ProductCodeService(ProductRepository products, ProductAreas productAreas, AccessPolicy access,
            AuditLog audit) {
        this.audit = audit;
        this.products = products;
        this.productAreas = productAreas;
        this.access = access;
    }

    /** Each attempt runs in its own transaction, so a lost race leaves nothing behind. */
    public ProductResponse assign(long id, long expectedVersion, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> assignOnce(id, expectedVersion, year));
            } catch (RuntimeException e) {
                if (!ProductCodeConflicts.isCodeTaken(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw ApiException.stateConflict("detail.product-code-busy");
                }
                LOG.debugf("Product code of product %d lost a race (attempt %d), retrying", id, attempt);
                pause(attempt);
            }
        }
    }

    private ProductResponse assignOnce(long id, long expectedVersion, int year) {
        Product product = products.findByIdOptional(id).orElseThrow(() -> ProductService.notFound(id));
        access.requireProducerVisible(product.producer.id, product.areaPath, "entity.product", String.valueOf(id));
        ETags.checkVersion(expectedVersion, product.version);
        if (product.productCode != null) {
            throw ApiException.conflict(ProductCodeRules.FIELD, "reason.product-code-already-set",
                    product.productCode);
        }
        ProductAreas.Chain chain = productAreas.chainOf(product.area);
        Area commune = chain.area();
        Area province = chain.at(AreaLevel.PROVINCE).orElse(null);
        boolean onMap2025 = commune.validTo == null || commune.validTo.isAfter(ProductCodeRules.MAP_2025);
        if (commune.level != AreaLevel.COMMUNE || province == null || !onMap2025) {
            throw ApiException.stateConflict("detail.product-code-needs-commune", commune.name);
        }
        ProductResponse before = ProductResponse.of(product);
        int highest = 0;
        for (String used : products.productCodesLike(province.code + "-" + commune.code + "-%-" + year)) {
            ProductCode parsed = ProductCode.parse(used).orElse(null);
            if (parsed != null && !parsed.hasDistrict() && parsed.year() == year) {
                highest = Math.max(highest, parsed.sequence());
            }
        }
        product.productCode = ProductCode.of(province.code, commune.code, highest + 1, year).format();
        products.flush();
        ProductResponse after = ProductResponse.of(product);
        // In the attempt's transaction: a lost race rolls its entry back with it.
        audit.record("product.assign-code", ProductService.AUDIT_TYPE, id, id, product.areaPath, before, after);
        return after;
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.stateConflict("detail.product-code-busy");
        }
    }
}
