package vn.ocop.api.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.ocop.scoring.catalogue.ProductGroup;

/** TEMPORARY until the engine façade lands on main: product set groups read from the engine's sheets. */
@ApplicationScoped
public class CatalogueService {

    private final Map<String, ProductGroup> groups = new HashMap<>();

    public CatalogueService() {
        for (String file : new String[] {"QD-148-2023.json", "QD-26-2026.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/vn/ocop/scoring/catalogue/" + file)) {
                JsonNode root = new ObjectMapper().readTree(in);
                for (JsonNode set : root.get("productSets")) {
                    groups.put(set.get("code").asText(), ProductGroup.valueOf(set.get("group").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Optional<ProductGroup> productGroupOf(String productSetCode) {
        return Optional.ofNullable(groups.get(productSetCode));
    }
}
