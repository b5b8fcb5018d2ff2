package vn.ocop.api.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.ocop.api.common.time.Today;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.ProductGroup;
import vn.ocop.scoring.catalogue.ProductSet;
import vn.ocop.scoring.catalogue.RuleSet;

/**
 * The engine's criteria catalogue (bộ tiêu chí) as the API sees it. The catalogue is shipped in the engine jar and
 * never changes while the service runs, so its fingerprint is a good ETag for every catalogue answer.
 */
@ApplicationScoped
public class CatalogueService {

    private final Catalogue catalogue;
    private final Today today;
    private final String fingerprint;

    public CatalogueService(Catalogue catalogue, Today today) {
        this.catalogue = catalogue;
        this.today = today;
        this.fingerprint = fingerprint(catalogue);
    }

    public List<RuleSet> ruleSets() {
        return catalogue.ruleSets();
    }

    public Optional<RuleSet> ruleSet(String id) {
        return catalogue.ruleSet(id);
    }

    /** The newest rule set in force on the date, or empty before the first one (21 Aug 2019). */
    public Optional<RuleSet> ruleSetOn(LocalDate date) {
        return catalogue.ruleSets().stream().filter(r -> r.inForceOn(date))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }

    /** The legal day in Vietnam. */
    public LocalDate today() {
        return today.date();
    }

    public Optional<ProductSet> productSet(String ruleSetId, String code) {
        return catalogue.productSet(ruleSetId, code);
    }

    /**
     * The product set a product may be registered under: a set of any rule set with sheets (a product certified
     * under 148 keeps its set after 26/2026 came into force). Taken from the rule set in force today when it has
     * the set, otherwise from the newest rule set that has it.
     */
    public Optional<ProductSet> productSetForProducts(String code) {
        Optional<ProductSet> current = ruleSetOn(today()).flatMap(r -> r.productSet(code));
        if (current.isPresent()) {
            return current;
        }
        return catalogue.ruleSets().stream().filter(RuleSet::hasSheets)
                .sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed())
                .flatMap(r -> r.productSet(code).stream())
                .findFirst();
    }

    public Optional<ProductGroup> productGroupOf(String productSetCode) {
        return productSetForProducts(productSetCode).map(ProductSet::group);
    }

    /** Hash of the whole catalogue (rule sets and every sheet), fixed for the life of the service. */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Catalogue catalogue) {
        try {
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleSet ruleSet : catalogue.ruleSets()) {
                sha.update(json.writeValueAsString(ruleSet).getBytes(StandardCharsets.UTF_8));
                for (ProductSet set : ruleSet.productSets()) {
                    sha.update(json.writeValueAsString(set).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the criteria catalogue", e);
        }
    }
}
