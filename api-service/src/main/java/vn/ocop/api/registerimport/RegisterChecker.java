package vn.ocop.api.registerimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import vn.ocop.api.area.AreaHistory;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaTimeline;
import vn.ocop.api.catalogue.CatalogueService;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateCalendar;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.certificate.RevocationGround;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.json.StrictDates;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.table.TableReader;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.producer.ProducerIdentifiers;
import vn.ocop.api.producer.ProducerType;
import vn.ocop.api.product.ProductCode;
import vn.ocop.api.security.Scope;
import vn.ocop.scoring.catalogue.Catalogue;
import vn.ocop.scoring.catalogue.RuleSet;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Checks every row of a register file against the stored records (one snapshot of areas, producers, products,
 * certificate numbers and product codes, read once) and plans what a commit writes. Nothing is written here.
 *
 * <p>Matching: a producer by its registration code (upper-cased), else by its tax code; a product by its official
 * product code, else by (producer, name). Stored producers and products are not changed by an import; a certificate
 * whose number is stored for the same product is left as it is (a re-import of a corrected file), for another
 * product it is an error.
 *
 * <p>Areas: the area code (or the commune of the product code) is resolved on the row's date (area_date, else the
 * decision date, else today) through the area history, then followed to the unit in force today; a commune divided
 * in 2025 is an error naming today's candidates (give today's code with an area_date since 1 Jul 2025); an ended
 * unit with no recorded successor stays where it was. The caller's area must cover the unit (PROVINCE officials).
 */
@ApplicationScoped
public class RegisterChecker {

    static final int MAX_ERRORS = 1000;
    private static final Pattern REGISTRATION_CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z./-]*$");
    private static final Pattern DISTRICT_COMMUNE = Pattern.compile("^(\\d{3})-(\\d{5})$");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);

    private final EntityManager em;
    private final AreaHistory history;
    private final CatalogueService catalogueService;
    private final Catalogue catalogue;
    private final CertificateCalendar calendar;
    private final CertificateStandings standings;
    private final Today today;

    public RegisterChecker(EntityManager em, AreaHistory history, CatalogueService catalogueService,
            Catalogue catalogue, CertificateCalendar calendar, CertificateStandings standings, Today today) {
        this.em = em;
        this.history = history;
        this.catalogueService = catalogueService;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.standings = standings;
        this.today = today;
    }

    /** The plan and the errors (at most {@link #MAX_ERRORS} kept; {@code errorCount} counts them all). */
    record Result(RegisterPlan plan, List<ImportError> errors, int errorCount) {
    }

    /** Errors of a file, collected in both languages. */
    static final class Errors {
        final List<ImportError> kept = new ArrayList<>();
        int count;

        void add(int row, String column, String key, Object... args) {
            count++;
            if (kept.size() < MAX_ERRORS) {
                kept.add(new ImportError(row, column, Messages.get(Messages.VIETNAMESE, key, args),
                        Messages.get(Messages.ENGLISH, key, args)));
            }
        }
    }

    /** Stored records, read once per import. */
    private static final class Snapshot {
        final Map<String, RegisterPlan.ProducerRef> producersByCode = new HashMap<>();
        final Map<String, RegisterPlan.ProducerRef> producersByTax = new HashMap<>();
        final Map<String, RegisterPlan.ProductRef> productsByCode = new HashMap<>();
        final Map<String, RegisterPlan.ProductRef> productsByName = new HashMap<>();
        final Map<String, Long> certificateProduct = new HashMap<>();
        final Set<String> codeKeys = new HashSet<>();
    }

    Result check(TableReader.Table table, Scope scope, IntConsumer progress) {
        Errors errors = new Errors();
        RegisterPlan plan = new RegisterPlan();
        plan.rows = table.rows().size();
        Set<String> header = new HashSet<>();
        for (String column : table.header()) {
            if (!RegisterColumns.ALL.containsKey(column)) {
                errors.add(1, column.isEmpty() ? "file" : column, "reason.register.unknown-column", column);
            } else if (!header.add(column)) {
                errors.add(1, column, "reason.register.repeated-column", column);
            }
        }
        for (String column : RegisterColumns.REQUIRED) {
            if (!header.contains(column)) {
                errors.add(1, column, "reason.register.missing-column", column);
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(0, "file", "reason.import-empty");
        }
        if (errors.count > 0) {
            return new Result(plan, errors.kept, errors.count);
        }
        AreaTimeline timeline = history.timeline();
        Snapshot stored = snapshot();
        Map<String, RegisterPlan.ProducerRef> fileProducers = new HashMap<>();
        Map<String, RegisterPlan.ProductRef> fileProducts = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        int done = 0;
        for (TableReader.Row row : table.rows()) {
            checkRow(row, table, scope, timeline, stored, fileProducers, fileProducts, numbers, plan, errors);
            if (++done % 500 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        for (RegisterPlan.ProductRef product : plan.products) {
            order(product, errors);
        }
        return new Result(plan, errors.kept, errors.count);
    }

    private void checkRow(TableReader.Row row, TableReader.Table table, Scope scope, AreaTimeline timeline,
            Snapshot stored, Map<String, RegisterPlan.ProducerRef> fileProducers,
            Map<String, RegisterPlan.ProductRef> fileProducts, Map<String, Integer> numbers, RegisterPlan plan,
            Errors errors) {
        int n = row.number();
        int before = errors.count;
        if (table.misaligned(row)) {
            errors.add(n, "file", "reason.import-column-count");
            return;
        }
        // ---- certificate dates first: they date the area code ----
        LocalDate decisionDate = date(row, RegisterColumns.DECISION_DATE, errors);
        LocalDate areaDate = date(row, RegisterColumns.AREA_DATE, errors);
        LocalDate day = areaDate != null ? areaDate : decisionDate != null ? decisionDate : today.date();

        // ---- producer ----
        String code = row.get(RegisterColumns.PRODUCER_CODE);
        if (code == null) {
            errors.add(n, RegisterColumns.PRODUCER_CODE, "reason.register.required");
        } else if (code.length() > 50 || !REGISTRATION_CODE.matcher(code).matches()) {
            errors.add(n, RegisterColumns.PRODUCER_CODE, "reason.register.registration-code", code);
        }
        code = code == null ? null : code.toUpperCase(Locale.ROOT);
        String tax = row.get(RegisterColumns.PRODUCER_TAX_CODE);
        if (tax != null && !ProducerIdentifiers.isTaxCode(tax)) {
            errors.add(n, RegisterColumns.PRODUCER_TAX_CODE, "reason.register.tax-code", tax);
        }
        String producerName = text(row, RegisterColumns.PRODUCER_NAME, 255, true, errors);
        ProducerType type = enumValue(ProducerType.class, row, RegisterColumns.PRODUCER_TYPE, true, errors);
        if (type == ProducerType.ENTERPRISE && code != null && !ProducerIdentifiers.isTaxCode(code)) {
            errors.add(n, RegisterColumns.PRODUCER_CODE, "reason.register.enterprise-code", code);
        }
        Boolean woman = bool(row, RegisterColumns.REPRESENTATIVE_WOMAN, errors);
        Boolean ethnic = bool(row, RegisterColumns.REPRESENTATIVE_ETHNIC, errors);
        String representative = text(row, RegisterColumns.REPRESENTATIVE, 200, false, errors);
        String address = text(row, RegisterColumns.ADDRESS, 255, false, errors);

        // ---- product ----
        String productName = text(row, RegisterColumns.PRODUCT_NAME, 255, true, errors);
        String description = text(row, RegisterColumns.PRODUCT_DESCRIPTION, 2000, false, errors);
        String set = row.get(RegisterColumns.PRODUCT_SET);
        String group = null;
        if (set == null) {
            errors.add(n, RegisterColumns.PRODUCT_SET, "reason.register.required");
        } else {
            group = catalogueService.productGroupOf(set).map(Enum::name).orElse(null);
            if (group == null) {
                errors.add(n, RegisterColumns.PRODUCT_SET, "reason.register.product-set", set);
            }
        }
        String productCodeText = row.get(RegisterColumns.PRODUCT_CODE);
        ProductCode productCode = null;
        if (productCodeText != null) {
            productCode = ProductCode.parse(productCodeText).orElse(null);
            if (productCode == null) {
                errors.add(n, RegisterColumns.PRODUCT_CODE, "reason.register.product-code", productCodeText);
            }
        }

        // ---- area ----
        AreaTimeline.Unit area = area(row, productCode, day, timeline, scope, errors);

        // ---- certificate ----
        RegisterPlan.CertificateRow certificate = certificate(row, decisionDate, errors);

        if (errors.count > before) {
            return;
        }
        // ---- match producer ----
        RegisterPlan.ProducerRef producer = fileProducers.get(code);
        if (producer == null) {
            producer = stored.producersByCode.get(code);
            if (producer == null && tax != null) {
                producer = stored.producersByTax.get(tax);
            }
            if (producer != null) {
                if (!scope.canAccessArea(producer.areaPath)) {
                    errors.add(n, RegisterColumns.PRODUCER_CODE, "reason.register.producer-outside", code);
                    return;
                }
                plan.matchedProducers++;
            } else {
                if (area == null) {
                    errors.add(n, RegisterColumns.AREA_CODE, "reason.register.required");
                    return;
                }
                if (tax != null && !plan.taxCodes.add(tax)) {
                    errors.add(n, RegisterColumns.PRODUCER_TAX_CODE, "reason.register.duplicate-tax-code", tax);
                    return;
                }
                producer = new RegisterPlan.ProducerRef();
                producer.row = n;
                producer.code = code;
                producer.taxCode = tax;
                producer.name = producerName;
                producer.type = type.name();
                producer.representative = representative;
                producer.woman = Boolean.TRUE.equals(woman);
                producer.ethnicMinority = Boolean.TRUE.equals(ethnic);
                producer.address = address;
                producer.area = area;
                producer.areaPath = area.path();
            }
            fileProducers.put(code, producer);
            plan.producers.add(producer);
        } else if (producer.fresh() && !producer.name.equals(producerName)) {
            errors.add(n, RegisterColumns.PRODUCER_NAME, "reason.register.producer-differs", producer.row);
            return;
        }

        // ---- match product ----
        RegisterPlan.ProductRef product = null;
        if (productCode != null) {
            product = fileProducts.get("code:" + productCodeText);
            if (product == null) {
                product = stored.productsByCode.get(productCodeText);
            }
            if (product != null && product.producer != producer && !(producer.id != null
                    && product.producer.id != null && product.producer.id.equals(producer.id))) {
                errors.add(n, RegisterColumns.PRODUCT_CODE, "reason.register.product-code-other-producer",
                        productCodeText);
                return;
            }
        }
        String nameKey = (producer.id != null ? "id:" + producer.id : "new:" + producer.code) + "|"
                + VietnameseText.fold(productName);
        if (product == null) {
            product = fileProducts.get(nameKey);
            if (product == null && producer.id != null) {
                product = stored.productsByName.get(producer.id + "|" + VietnameseText.fold(productName));
            }
        }
        if (product == null) {
            if (productCode != null && !stored.codeKeys.add(codeKey(productCode))) {
                errors.add(n, RegisterColumns.PRODUCT_CODE, "reason.register.product-code-taken", productCodeText);
                return;
            }
            AreaTimeline.Unit productArea = area != null ? area : producer.area;
            if (productArea == null) {
                errors.add(n, RegisterColumns.AREA_CODE, "reason.register.required");
                return;
            }
            product = new RegisterPlan.ProductRef();
            product.row = n;
            product.producer = producer;
            product.name = productName;
            product.productSetCode = set;
            product.description = description;
            product.group = group;
            product.productCode = productCodeText;
            product.parsedCode = productCode;
            product.area = productArea;
            product.areaPath = productArea.path();
            plan.products.add(product);
            plan.planned.add(product);
        } else if (!plan.planned.contains(product)) {
            if (!scope.canAccessArea(product.areaPath)) {
                errors.add(n, RegisterColumns.PRODUCT_NAME, "reason.register.product-outside", productName);
                return;
            }
            plan.matchedProducts++;
            plan.products.add(product);
            plan.planned.add(product);
        }
        if (product.productCode != null) {
            fileProducts.put("code:" + product.productCode, product);
        }
        fileProducts.put(nameKey, product);

        // ---- certificate number ----
        if (certificate != null) {
            Integer earlier = numbers.putIfAbsent(certificate.number, n);
            if (earlier != null) {
                errors.add(n, RegisterColumns.CERTIFICATE_NUMBER, "reason.register.duplicate-number",
                        certificate.number, earlier);
                return;
            }
            Long storedProduct = stored.certificateProduct.get(certificate.number);
            if (storedProduct != null) {
                if (storedProduct.equals(product.id)) {
                    plan.unchangedCertificates++;
                    return;
                }
                errors.add(n, RegisterColumns.CERTIFICATE_NUMBER, "reason.register.number-taken", certificate.number);
                return;
            }
            certificate.product = product;
            product.certificates.add(certificate);
            plan.certificates.add(certificate);
        }
    }

    /** The unit of the row, in force today (see the class comment); null when the row gives none. */
    private AreaTimeline.Unit area(TableReader.Row row, ProductCode productCode, LocalDate day, AreaTimeline timeline,
            Scope scope, Errors errors) {
        int n = row.number();
        String text = row.get(RegisterColumns.AREA_CODE);
        String column = RegisterColumns.AREA_CODE;
        String code = text;
        String district = null;
        if (text == null && productCode != null) {
            column = RegisterColumns.PRODUCT_CODE;
            code = productCode.communeCode();
            district = productCode.districtCode();
        } else if (text != null) {
            var m = DISTRICT_COMMUNE.matcher(text);
            if (m.matches()) {
                district = m.group(1);
                code = m.group(2);
            }
        }
        if (code == null) {
            return null;
        }
        Optional<AreaTimeline.Unit> found = timeline.resolve(code, day);
        if (found.isEmpty()) {
            errors.add(n, column, "reason.register.area-unknown", code, day.toString());
            return null;
        }
        AreaTimeline.Unit unit = found.get();
        if (district != null) {
            Optional<AreaTimeline.Unit> parent = unit.parentId() == null ? Optional.empty()
                    : timeline.byId(unit.parentId());
            if (parent.isEmpty() || parent.get().level() != AreaLevel.DISTRICT || !parent.get().code().equals(district)) {
                errors.add(n, column, "reason.register.area-district", code, district, day.toString());
                return null;
            }
        }
        List<AreaTimeline.Unit> now = timeline.successorsOn(unit, today.date());
        if (now.size() > 1) {
            errors.add(n, column, "reason.register.area-divided", code, day.toString(),
                    String.join(", ", now.stream().map(u -> u.code() + " " + u.name()).toList()));
            return null;
        }
        AreaTimeline.Unit result = now.isEmpty() ? unit : now.get(0);
        if (!scope.canAccessArea(result.path())) {
            errors.add(n, column, "reason.register.area-outside", result.code() + " " + result.name());
            return null;
        }
        return result;
    }

    private RegisterPlan.CertificateRow certificate(TableReader.Row row, LocalDate decisionDate, Errors errors) {
        int n = row.number();
        boolean any = RegisterColumns.CERTIFICATE.stream().anyMatch(c -> row.get(c) != null);
        if (!any) {
            return null;
        }
        int before = errors.count;
        RegisterPlan.CertificateRow c = new RegisterPlan.CertificateRow();
        c.row = n;
        c.number = text(row, RegisterColumns.CERTIFICATE_NUMBER, 60, true, errors);
        String stars = row.get(RegisterColumns.STARS);
        if (stars == null) {
            errors.add(n, RegisterColumns.STARS, "reason.register.required");
        } else if (!stars.matches("[3-5]")) {
            errors.add(n, RegisterColumns.STARS, "reason.register.stars", stars);
        } else {
            c.stars = Integer.parseInt(stars);
        }
        String ruleSetId = row.get(RegisterColumns.RULE_SET);
        RuleSet ruleSet = null;
        if (ruleSetId == null) {
            errors.add(n, RegisterColumns.RULE_SET, "reason.register.required");
        } else {
            ruleSet = catalogue.ruleSet(ruleSetId).orElse(null);
            if (ruleSet == null) {
                errors.add(n, RegisterColumns.RULE_SET, "reason.register.rule-set", ruleSetId,
                        String.join(", ", catalogue.ruleSets().stream().map(RuleSet::id).toList()));
            }
        }
        c.ruleSetId = ruleSetId;
        EvaluationType type = enumValue(EvaluationType.class, row, RegisterColumns.EVALUATION_TYPE, false, errors);
        c.evaluationType = type == null ? EvaluationType.NEW : type;
        c.decisionNumber = text(row, RegisterColumns.DECISION_NUMBER, 60, true, errors);
        c.decidingBody = text(row, RegisterColumns.DECIDING_BODY, 255, true, errors);
        if (decisionDate == null && row.get(RegisterColumns.DECISION_DATE) == null) {
            errors.add(n, RegisterColumns.DECISION_DATE, "reason.register.required");
        }
        c.decisionDate = decisionDate;
        LocalDate issued = date(row, RegisterColumns.ISSUED_ON, errors);
        LocalDate expires = date(row, RegisterColumns.EXPIRES_ON, errors);
        LocalDate revokedOn = date(row, RegisterColumns.REVOKED_ON, errors);
        String status = row.get(RegisterColumns.STATUS);
        String statusValue = status == null ? "VALID" : status.toUpperCase(Locale.ROOT);
        if (!Set.of("VALID", "EXPIRED", "REVOKED", "SUPERSEDED").contains(statusValue)) {
            errors.add(n, RegisterColumns.STATUS, "reason.register.status", status);
        }
        String ground = row.get(RegisterColumns.REVOCATION_GROUND);
        if (ground != null) {
            try {
                RevocationGround.valueOf(ground.toUpperCase(Locale.ROOT));
                ground = ground.toUpperCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                errors.add(n, RegisterColumns.REVOCATION_GROUND, "reason.register.ground", ground);
            }
        }
        c.revocationNote = text(row, RegisterColumns.REVOCATION_NOTE, 1000, false, errors);
        if (errors.count > before) {
            return null;
        }
        LocalDate now = today.date();
        if (decisionDate.isAfter(now) || decisionDate.isBefore(EARLIEST)) {
            errors.add(n, RegisterColumns.DECISION_DATE, "reason.register.decision-date", decisionDate.toString());
            return null;
        }
        if (decisionDate.isBefore(ruleSet.effectiveFrom())) {
            errors.add(n, RegisterColumns.DECISION_DATE, "reason.register.before-rule-set", decisionDate.toString(),
                    ruleSet.id(), ruleSet.effectiveFrom().toString());
            return null;
        }
        c.issuedOn = issued == null ? decisionDate : issued;
        if (c.issuedOn.isBefore(decisionDate) || c.issuedOn.isAfter(now)) {
            errors.add(n, RegisterColumns.ISSUED_ON, "reason.register.issued-on", c.issuedOn.toString());
            return null;
        }
        c.expiresOn = expires == null ? calendar.expiry(ruleSet.id(), c.issuedOn) : expires;
        if (!c.expiresOn.isAfter(c.issuedOn)) {
            errors.add(n, RegisterColumns.EXPIRES_ON, "reason.register.expires-on", c.expiresOn.toString());
            return null;
        }
        c.revoked = "REVOKED".equals(statusValue);
        c.saidSuperseded = "SUPERSEDED".equals(statusValue);
        if (c.revoked) {
            if (revokedOn == null) {
                errors.add(n, RegisterColumns.REVOKED_ON, "reason.register.required");
            } else if (revokedOn.isBefore(c.issuedOn) || revokedOn.isAfter(now)) {
                errors.add(n, RegisterColumns.REVOKED_ON, "reason.register.revoked-on", revokedOn.toString());
            }
            if (ground == null) {
                errors.add(n, RegisterColumns.REVOCATION_GROUND, "reason.register.required");
            }
            c.revokedOn = revokedOn;
            c.revocationGround = ground;
        } else if (revokedOn != null || ground != null) {
            errors.add(n, revokedOn != null ? RegisterColumns.REVOKED_ON : RegisterColumns.REVOCATION_GROUND,
                    "reason.register.revocation-not-revoked");
        }
        if ("EXPIRED".equals(statusValue) && !c.expiresOn.isBefore(now)) {
            errors.add(n, RegisterColumns.STATUS, "reason.register.not-expired", c.expiresOn.toString());
        }
        return errors.count > before ? null : c;
    }

    /**
     * Orders a product's imported certificates by issue date: each is superseded by the next one (unless revoked
     * before), the previous stars are the earlier one's, and the newest is the product's current certificate.
     */
    private void order(RegisterPlan.ProductRef product, Errors errors) {
        List<RegisterPlan.CertificateRow> certificates = product.certificates;
        certificates.sort(Comparator.comparing((RegisterPlan.CertificateRow c) -> c.issuedOn)
                .thenComparing(c -> c.row));
        Integer previousStars = product.storedCurrentStars;
        for (int i = 0; i < certificates.size(); i++) {
            RegisterPlan.CertificateRow c = certificates.get(i);
            RegisterPlan.CertificateRow next = i + 1 < certificates.size() ? certificates.get(i + 1) : null;
            if (next != null && !(c.revoked && !c.revokedOn.isAfter(next.issuedOn))) {
                c.supersededBy = next;
                c.supersededOn = next.issuedOn;
            } else if (c.saidSuperseded && next == null) {
                errors.add(c.row, RegisterColumns.STATUS, "reason.register.superseded-alone");
            }
            c.previousStars = previousStars;
            previousStars = c.stars;
            Certificate facts = new Certificate();
            facts.issuedOn = c.issuedOn;
            facts.expiresOn = c.expiresOn;
            facts.revokedOn = c.revokedOn;
            facts.supersededOn = c.supersededOn;
            standings.refresh(facts);
            c.inForceThrough = facts.inForceThrough;
        }
        if (!certificates.isEmpty()) {
            RegisterPlan.CertificateRow newest = certificates.get(certificates.size() - 1);
            if (product.storedCurrentIssuedOn == null || newest.issuedOn.isAfter(product.storedCurrentIssuedOn)) {
                product.newest = newest;
            } else {
                errors.add(newest.row, RegisterColumns.ISSUED_ON, "reason.register.older-than-stored",
                        product.storedCurrentIssuedOn.toString());
            }
        }
    }

    private static String codeKey(ProductCode code) {
        return code.provinceCode() + "|" + (code.districtCode() == null ? "" : code.districtCode()) + "|"
                + code.communeCode() + "|" + code.year() + "|" + code.sequence();
    }

    private Snapshot snapshot() {
        Snapshot s = new Snapshot();
        for (Object[] r : rows("select id, registration_code, tax_code, name, area_path from producer")) {
            RegisterPlan.ProducerRef p = new RegisterPlan.ProducerRef();
            p.id = ((Number) r[0]).longValue();
            p.stored = true;
            p.code = (String) r[1];
            p.taxCode = (String) r[2];
            p.name = (String) r[3];
            p.areaPath = (String) r[4];
            s.producersByCode.put(p.code, p);
            if (p.taxCode != null) {
                s.producersByTax.put(p.taxCode, p);
            }
        }
        Map<Long, RegisterPlan.ProducerRef> producerById = new HashMap<>();
        s.producersByCode.values().forEach(p -> producerById.put(p.id, p));
        for (Object[] r : rows("select p.id, p.producer_id, p.name, p.product_code, p.area_path, c.id, c.issued_on,"
                + " c.stars, p.product_group from product p left join certificate c on c.id = p.current_certificate_id")) {
            RegisterPlan.ProductRef p = new RegisterPlan.ProductRef();
            p.id = ((Number) r[0]).longValue();
            p.stored = true;
            p.producer = producerById.get(((Number) r[1]).longValue());
            p.name = (String) r[2];
            p.productCode = (String) r[3];
            p.areaPath = (String) r[4];
            p.storedCurrentId = r[5] == null ? null : ((Number) r[5]).longValue();
            p.storedCurrentIssuedOn = r[6] == null ? null : toDate(r[6]);
            p.storedCurrentStars = r[7] == null ? null : ((Number) r[7]).intValue();
            p.group = (String) r[8];
            if (p.productCode != null) {
                s.productsByCode.put(p.productCode, p);
            }
            s.productsByName.put(((Number) r[1]).longValue() + "|" + VietnameseText.fold(p.name), p);
        }
        for (Object[] r : rows("select number, product_id from certificate")) {
            s.certificateProduct.put((String) r[0], ((Number) r[1]).longValue());
        }
        for (Object[] r : rows("select province_code, district_code, commune_code, code_year, sequence_no"
                + " from product_code_issue")) {
            s.codeKeys.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4]);
        }
        return s;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    // ---- cells ----

    private static String text(TableReader.Row row, String column, int max, boolean required, Errors errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(row.number(), column, "reason.register.required");
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(row.number(), column, "reason.register.too-long", max);
            return null;
        }
        if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
            errors.add(row.number(), column, "reason.register.control-character");
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, TableReader.Row row, String column,
            boolean required, Errors errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(row.number(), column, "reason.register.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(row.number(), column, "reason.register.one-of", value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private static Boolean bool(TableReader.Row row, String column, Errors errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (Set.of("true", "1", "x", "có", "co", "yes").contains(v)) {
            return true;
        }
        if (Set.of("false", "0", "không", "khong", "no").contains(v)) {
            return false;
        }
        errors.add(row.number(), column, "reason.register.boolean", value);
        return null;
    }

    /** An ISO date (2021-10-25) or a Vietnamese one (25/10/2021); null when empty or invalid (reported). */
    static LocalDate date(TableReader.Row row, String column, Errors errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(row.number(), column, "reason.register.date", value);
            return null;
        }
        if (!StrictDates.inRange(date.getYear())) {
            errors.add(row.number(), column, "reason.register.date", value);
            return null;
        }
        return date;
    }
}
