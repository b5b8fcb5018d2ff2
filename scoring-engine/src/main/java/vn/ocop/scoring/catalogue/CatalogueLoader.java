package vn.ocop.scoring.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.scoring.process.EvaluationProcess;

/**
 * Reads the catalogue files ({@code rule-sets.json} and one sheet file per distinct set of sheets) and
 * validates them: unique codes, options within their criterion's maximum, exact points (at most 2
 * decimals). Sheets whose maxima do not add up to the part maxima are kept but marked provisional.
 */
final class CatalogueLoader {

    static final String RESOURCE_DIR = "/vn/ocop/scoring/catalogue/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CatalogueLoader() {
    }

    static Catalogue fromClasspath() {
        JsonNode root = read("rule-sets.json");
        Map<String, List<ProductSet>> sheetFiles = new HashMap<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        for (JsonNode r : root.path("ruleSets")) {
            String id = text(r, "id");
            JsonNode bandsNode = root.path("bandSets").path(text(r, "bands"));
            if (bandsNode.isMissingNode()) {
                throw new CatalogueException("rule set " + id + ": unknown band set " + text(r, "bands"));
            }
            List<Band> bands = bands(bandsNode);
            Map<String, BigDecimal> partMaxima = new LinkedHashMap<>();
            r.path("partMaxima").fields().forEachRemaining(e -> partMaxima.put(e.getKey(), e.getValue().decimalValue()));
            String sheetsId = r.path("sheets").isNull() ? null : text(r, "sheets");
            List<ProductSet> sets = sheetsId == null ? List.of()
                    : sheetFiles.computeIfAbsent(sheetsId, s -> sheets(s, partMaxima));
            LocalDate to = r.path("effectiveTo").isNull() ? null : LocalDate.parse(text(r, "effectiveTo"));
            ruleSets.add(new RuleSet(id, text(r, "titleVi"), text(r, "titleEn"), LocalDate.parse(text(r, "effectiveFrom")), to,
                    sheetsId != null, sheetsId, EvaluationProcess.valueOf(text(r, "process")), partMaxima, bands,
                    List.of(), sets));
        }
        return new Catalogue(ruleSets);
    }

    private static List<Band> bands(JsonNode node) {
        List<Band> bands = new ArrayList<>();
        for (JsonNode b : node) {
            bands.add(new Band(b.path("stars").intValue(), b.path("from").decimalValue(), b.path("to").decimalValue(),
                    b.path("toInclusive").booleanValue(), b.path("certifiable").booleanValue()));
        }
        return bands;
    }

    static List<ProductSet> sheets(String sheetsId, Map<String, BigDecimal> partMaxima) {
        JsonNode root = read(sheetsId + ".json");
        List<Part> parts = new ArrayList<>();
        for (JsonNode p : root.path("parts")) {
            BigDecimal max = p.path("max").decimalValue();
            BigDecimal expected = partMaxima.get(text(p, "code"));
            if (expected == null || expected.compareTo(max) != 0) {
                throw new CatalogueException(sheetsId + ": part " + text(p, "code") + " max " + max + " differs from the rule set's " + expected);
            }
            parts.add(new Part(text(p, "code"), text(p, "nameVi"), text(p, "nameEn"), max));
        }
        List<ProductSet> sets = new ArrayList<>();
        Set<String> setCodes = new HashSet<>();
        for (JsonNode s : root.path("productSets")) {
            ProductSet set = productSet(sheetsId, s, parts);
            if (!setCodes.add(set.code())) {
                throw new CatalogueException(sheetsId + ": duplicate product set " + set.code());
            }
            sets.add(set);
        }
        return sets;
    }

    private static ProductSet productSet(String sheetsId, JsonNode s, List<Part> parts) {
        String code = text(s, "code");
        String where = sheetsId + " " + code;
        List<CriterionGroup> groups = new ArrayList<>();
        for (JsonNode g : s.path("groups")) {
            groups.add(new CriterionGroup(text(g, "code"), text(g, "part"), text(g, "nameVi"), text(g, "nameEn"),
                    g.path("max").decimalValue(), strings(g.path("notesVi"))));
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionCodes = new HashSet<>();
        Set<String> optionCodes = new HashSet<>();
        for (JsonNode c : s.path("criteria")) {
            Criterion criterion = criterion(where, c);
            if (!criterionCodes.add(criterion.code())) {
                throw new CatalogueException(where + ": duplicate criterion " + criterion.code());
            }
            for (Option o : criterion.options()) {
                if (!optionCodes.add(o.code())) {
                    throw new CatalogueException(where + ": duplicate option " + o.code());
                }
            }
            criteria.add(criterion);
        }
        List<String> problems = SheetCheck.problems(parts, criteria);
        return new ProductSet(sheetsId, code, s.path("no").intValue(), text(s, "nameVi"), text(s, "nameEn"),
                ProductGroup.valueOf(text(s, "group")), text(s, "subgroup"), s.path("managingAgencyVi").textValue(),
                parts, groups, criteria, !problems.isEmpty(), problems, s.path("source").textValue());
    }

    private static Criterion criterion(String where, JsonNode c) {
        String code = text(c, "code");
        BigDecimal max = exactPoints(where + " " + code, c.path("max"));
        List<Option> options = new ArrayList<>();
        boolean hasZero = false;
        for (JsonNode o : c.path("options")) {
            String optionCode = text(o, "code");
            BigDecimal points = exactPoints(where + " " + optionCode, o.path("points"));
            if (points.compareTo(max) > 0) {
                throw new CatalogueException(where + ": option " + optionCode + " is worth " + points + ", above its criterion's max " + max);
            }
            if (!optionCode.startsWith(code + "#") || Criterion.NONE.equalsIgnoreCase(optionCode)) {
                throw new CatalogueException(where + ": option code " + optionCode + " must start with " + code + "#");
            }
            hasZero |= points.signum() == 0;
            options.add(new Option(optionCode, text(o, "labelVi"), text(o, "labelEn"), points,
                    o.hasNonNull("minStar") ? o.path("minStar").intValue() : null, o.path("variant").textValue(),
                    strings(o.path("flags"))));
        }
        if (options.isEmpty()) {
            throw new CatalogueException(where + ": criterion " + code + " has no options");
        }
        List<Variant> variants = new ArrayList<>();
        for (JsonNode v : c.path("variants")) {
            variants.add(new Variant(text(v, "code"), text(v, "nameVi"), text(v, "nameEn")));
        }
        Integer criterionMinStar = c.hasNonNull("criterionMinStar") ? c.path("criterionMinStar").intValue() : null;
        return new Criterion(code, text(c, "part"), text(c, "group"), c.path("parent").textValue(), text(c, "nameVi"),
                text(c, "nameEn"), max, criterionMinStar, variants, options, !hasZero, strings(c.path("notesVi")),
                strings(c.path("gatesVi")), strings(c.path("flags")));
    }

    private static BigDecimal exactPoints(String where, JsonNode node) {
        if (!node.isNumber()) {
            throw new CatalogueException(where + ": points must be a number");
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.signum() < 0 || value.scale() > 2) {
            throw new CatalogueException(where + ": points " + value + " must be >= 0 with at most 2 decimals");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new CatalogueException("missing text field '" + field + "' in " + abbreviate(node));
        }
        return v.textValue();
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static JsonNode read(String file) {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new CatalogueException("catalogue file missing from the classpath: " + RESOURCE_DIR + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read catalogue file " + file, e);
        }
    }
}
