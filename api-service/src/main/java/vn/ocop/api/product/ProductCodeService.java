package vn.ocop.api.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.Caller;

/**
 * The official product code (mã sản phẩm OCOP) of a product changes only here: assigning the next sequence of a
 * commune for a year (số thứ tự trong xã), recording a code issued earlier (on paper, before this system) and
 * withdrawing a code (thu hồi mã). Every code given is written to the register ({@link ProductCodeIssue}), which
 * is never emptied: the next sequence is one more than the highest ever issued in the commune and year, and a
 * sequence already issued (withdrawn, or of a deleted product) is never given again. The register's unique
 * constraints decide between concurrent assignments; the loser tries again in a new transaction.
 */
@ApplicationScoped
public class ProductCodeService {

    static final int ATTEMPTS = 10;

    private static final Logger LOG = Logger.getLogger(ProductCodeService.class);

    private final ProductRepository products;
    private final ProductCodeIssueRepository register;
    private final ProductAreas productAreas;
    private final AccessPolicy access;
    private final Caller caller;
    private final Today today;
    private final AuditLog audit;

    public ProductCodeService(ProductRepository products, ProductCodeIssueRepository register,
            ProductAreas productAreas, AccessPolicy access, Caller caller, AuditLog audit, Today today) {
        this.today = today;
        this.audit = audit;
        this.products = products;
        this.register = register;
        this.productAreas = productAreas;
        this.access = access;
        this.caller = caller;
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
        Product product = withoutCode(id, expectedVersion);
        ProductAreas.Chain chain = productAreas.chainOf(product.area);
        Area commune = chain.area();
        Area province = chain.at(AreaLevel.PROVINCE).orElse(null);
        boolean onMap2025 = ProductCodeRules.onMap2025(commune, chain.map2025From());
        if (commune.level != AreaLevel.COMMUNE || province == null || !onMap2025) {
            throw ApiException.stateConflict("detail.product-code-needs-commune", commune.name);
        }
        ProductResponse before = ProductResponse.of(product, today.date());
        // Every code a product holds went through the register (V10 copied the earlier ones): its highest is the last.
        int highest = register.highestSequence(province.code, commune.code, year);
        ProductCode code = ProductCode.of(province.code, commune.code, highest + 1, year);
        if (ProductCode.parse(code.format()).isEmpty()) {
            // Units made with codes that are not the official ones (2-digit province, 5-digit commune) give no code.
            throw ApiException.stateConflict("detail.product-code-unit-codes", province.code, commune.code);
        }
        give(product, code.format(), code);
        // In the attempt's transaction: a lost race rolls its entry back with it.
        return audited("product.assign-code", product, before);
    }

    /**
     * Records a code issued earlier (paper decisions, another system): checked against the product's area like any
     * code, and refused (409 naming productCode) when its sequence was ever issued in that commune and year.
     */
    @Transactional
    public ProductResponse record(long id, long expectedVersion, String text) {
        Product product = withoutCode(id, expectedVersion);
        ProductResponse before = ProductResponse.of(product, today.date());
        String trimmed = text.trim();
        ProductCode code = ProductCodeRules.parse(trimmed);
        ProductCodeRules.checkMatchesArea(code, productAreas.chainOf(product.area));
        register.sameSequence(code).ifPresent(issued -> {
            throw ApiException.conflict(ProductCodeRules.FIELD, "reason.product-code-issued", issued.code,
                    issued.sequence);
        });
        if (products.findByProductCode(trimmed).isPresent()) {
            throw ApiException.conflict(ProductCodeRules.FIELD, "reason.product-code-taken", trimmed);
        }
        ProductCodeConflicts.write(() -> give(product, trimmed, code), trimmed);
        return audited("product.record-code", product, before);
    }

    /** Withdraws the product's code: the product has none afterwards; the register keeps it, so it is never reissued. */
    @Transactional
    public ProductResponse withdraw(long id, long expectedVersion) {
        Product product = visible(id, expectedVersion);
        if (product.productCode == null) {
            throw ApiException.stateConflict("detail.product-code-not-set", String.valueOf(id));
        }
        ProductResponse before = ProductResponse.of(product, today.date());
        register.current(product.id, product.productCode).ifPresent(issue -> {
            issue.withdrawnAt = today.now();
            issue.withdrawnBy = actor();
        });
        product.productCode = null;
        products.flush();
        return audited("product.withdraw-code", product, before);
    }

    private ProductResponse audited(String action, Product product, ProductResponse before) {
        ProductResponse after = ProductResponse.of(product, today.date());
        audit.record(action, ProductService.AUDIT_TYPE, product.id, product.id, product.areaPath, before, after);
        return after;
    }

    private Product visible(long id, long expectedVersion) {
        Product product = products.findByIdOptional(id).orElseThrow(() -> ProductService.notFound(id));
        access.requireProducerVisible(product.producer.id, product.areaPath, "entity.product", String.valueOf(id));
        ETags.checkVersion(expectedVersion, product.version);
        return product;
    }

    private Product withoutCode(long id, long expectedVersion) {
        Product product = visible(id, expectedVersion);
        if (product.productCode != null) {
            throw ApiException.conflict(ProductCodeRules.FIELD, "reason.product-code-already-set",
                    product.productCode);
        }
        return product;
    }

    /** Writes the issue to the register and the code to the product; a unique violation propagates. */
    private void give(Product product, String text, ProductCode code) {
        register.persist(ProductCodeIssue.of(text, code, product.id, today.now(), actor()));
        register.flush();
        product.productCode = text;
        products.flush();
    }

    private String actor() {
        return caller.isAnonymous() ? null : caller.username();
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
