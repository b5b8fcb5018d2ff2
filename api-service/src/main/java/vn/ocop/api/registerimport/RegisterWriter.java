package vn.ocop.api.registerimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.certificate.CertificateResponse;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerResponse;
import vn.ocop.api.product.Product;
import vn.ocop.api.product.ProductResponse;
import vn.ocop.api.product.ProductSnapshots;
import vn.ocop.api.product.ProductStage;

/**
 * Writes a checked plan in the caller's one transaction (all or nothing) with JDBC batches: producers, products,
 * product codes, certificates (each marked with the import, file and row), the products' current certificates, and
 * one audit entry per record ("producer.import", "product.import", "certificate.import"). Generated ids are read
 * back by the import id, so no batch has to return keys.
 */
@ApplicationScoped
public class RegisterWriter {

    private static final int BATCH = 1000;

    private final EntityManager em;
    private final AuditLog audit;
    private final CertificateStandings standings;
    private final Today today;
    private final ProductSnapshots productSnapshots;

    public RegisterWriter(EntityManager em, AuditLog audit, CertificateStandings standings, Today today,
            ProductSnapshots productSnapshots) {
        this.productSnapshots = productSnapshots;
        this.em = em;
        this.audit = audit;
        this.standings = standings;
        this.today = today;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(RegisterPlan plan, long importId, String fileName, IntConsumer progress) {
        Timestamp now = Timestamp.from(today.now());
        Before before = before(plan);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            insertProducers(connection, plan, importId, now);
            progress.accept(plan.rows / 4);
            insertProducts(connection, plan, importId, now);
            insertCodes(connection, plan, now);
            progress.accept(plan.rows / 2);
            insertCertificates(connection, plan, importId, fileName, now);
            progress.accept(plan.rows * 3 / 4);
            updateProducts(connection, plan);
        });
        supersedeStored(plan);
        audit(plan, before);
        progress.accept(plan.rows);
    }

    private static void insertProducers(Connection c, RegisterPlan plan, long importId, Timestamp now)
            throws SQLException {
        List<RegisterPlan.ProducerRef> fresh = plan.freshProducers();
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into producer (name, search_key, type,"
                + " registration_code, tax_code, representative_name, representative_woman,"
                + " representative_ethnic_minority, address_line, area_id, area_path, version, created_at, updated_at,"
                + " import_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            int pending = 0;
            for (RegisterPlan.ProducerRef p : fresh) {
                insert.setString(1, p.name);
                insert.setString(2, VietnameseText.fold(p.name));
                insert.setString(3, p.type);
                insert.setString(4, p.code);
                insert.setString(5, p.taxCode);
                insert.setString(6, p.representative);
                insert.setBoolean(7, p.woman);
                insert.setBoolean(8, p.ethnicMinority);
                insert.setString(9, p.address);
                insert.setLong(10, p.area.id());
                insert.setString(11, p.areaPath);
                insert.setTimestamp(12, now);
                insert.setTimestamp(13, now);
                insert.setLong(14, importId);
                insert.addBatch();
                pending = flush(insert, pending);
            }
            insert.executeBatch();
        }
        Map<String, RegisterPlan.ProducerRef> byCode = new HashMap<>();
        fresh.forEach(p -> byCode.put(p.code, p));
        try (PreparedStatement select = c.prepareStatement(
                "select id, registration_code from producer where import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byCode.get(rs.getString(2)).id = rs.getLong(1);
                }
            }
        }
    }

    private static void insertProducts(Connection c, RegisterPlan plan, long importId, Timestamp now)
            throws SQLException {
        List<RegisterPlan.ProductRef> fresh = plan.freshProducts();
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into product (name, search_key, producer_id,"
                + " product_set_code, product_group, stage, product_code, area_id, area_path, version, created_at,"
                + " updated_at, import_id, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            int pending = 0;
            for (RegisterPlan.ProductRef p : fresh) {
                insert.setString(1, p.name);
                insert.setString(2, VietnameseText.fold(p.name));
                insert.setLong(3, p.producer.id);
                insert.setString(4, p.productSetCode);
                insert.setString(5, p.group);
                insert.setString(6, ProductStage.IDEA_REGISTERED.name());
                insert.setString(7, p.productCode);
                insert.setLong(8, p.area.id());
                insert.setString(9, p.areaPath);
                insert.setTimestamp(10, now);
                insert.setTimestamp(11, now);
                insert.setLong(12, importId);
                insert.setString(13, p.description);
                insert.addBatch();
                pending = flush(insert, pending);
            }
            insert.executeBatch();
        }
        Map<String, RegisterPlan.ProductRef> byKey = new HashMap<>();
        fresh.forEach(p -> byKey.put(p.producer.id + "|" + p.name, p));
        try (PreparedStatement select = c.prepareStatement(
                "select id, producer_id, name from product where import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byKey.get(rs.getLong(2) + "|" + rs.getString(3)).id = rs.getLong(1);
                }
            }
        }
    }

    /** Records the official codes of new products in the code register (product_code_issue). */
    private static void insertCodes(Connection c, RegisterPlan plan, Timestamp now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into product_code_issue (code, province_code,"
                + " district_code, commune_code, sequence_no, code_year, product_id, issued_at, issued_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (RegisterPlan.ProductRef p : plan.freshProducts()) {
                if (p.parsedCode == null) {
                    continue;
                }
                insert.setString(1, p.productCode);
                insert.setString(2, p.parsedCode.provinceCode());
                insert.setString(3, p.parsedCode.districtCode() == null ? "" : p.parsedCode.districtCode());
                insert.setString(4, p.parsedCode.communeCode());
                insert.setInt(5, p.parsedCode.sequence());
                insert.setInt(6, p.parsedCode.year());
                insert.setLong(7, p.id);
                insert.setTimestamp(8, now);
                insert.setString(9, "import");
                insert.addBatch();
                pending = flush(insert, pending);
            }
            insert.executeBatch();
        }
    }

    private static void insertCertificates(Connection c, RegisterPlan plan, long importId, String fileName,
            Timestamp now) throws SQLException {
        if (plan.certificates.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into certificate (number, product_id, stars,"
                + " rule_set_id, evaluation_type, product_group, area_path, deciding_body, decision_number,"
                + " decision_date, issued_on, expires_on, status, revoked_on, revocation_ground, revocation_note,"
                + " previous_stars, superseded_on, in_force_through, version, created_at, updated_at, import_id,"
                + " import_file, import_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?,"
                + " ?, ?, ?, ?)")) {
            int pending = 0;
            for (RegisterPlan.CertificateRow r : plan.certificates) {
                RegisterPlan.ProductRef p = r.product;
                insert.setString(1, r.number);
                insert.setLong(2, p.id);
                insert.setInt(3, r.stars);
                insert.setString(4, r.ruleSetId);
                insert.setString(5, r.evaluationType.name());
                insert.setString(6, p.group != null ? p.group : groupOf(c, p.id));
                insert.setString(7, p.areaPath);
                insert.setString(8, r.decidingBody);
                insert.setString(9, r.decisionNumber);
                insert.setObject(10, r.decisionDate);
                insert.setObject(11, r.issuedOn);
                insert.setObject(12, r.expiresOn);
                insert.setString(13, (r.revoked ? CertificateStatus.REVOKED : r.supersededBy != null
                        ? CertificateStatus.SUPERSEDED : CertificateStatus.VALID).name());
                insert.setObject(14, r.revokedOn);
                insert.setString(15, r.revocationGround);
                insert.setString(16, r.revocationNote);
                setInteger(insert, 17, r.previousStars);
                insert.setObject(18, r.supersededOn);
                insert.setObject(19, r.inForceThrough);
                insert.setTimestamp(20, now);
                insert.setTimestamp(21, now);
                insert.setLong(22, importId);
                insert.setString(23, fileName);
                insert.setInt(24, r.row);
                insert.addBatch();
                pending = flush(insert, pending);
            }
            insert.executeBatch();
        }
        Map<String, RegisterPlan.CertificateRow> byNumber = new HashMap<>();
        plan.certificates.forEach(r -> byNumber.put(r.number, r));
        try (PreparedStatement select = c.prepareStatement("select id, number from certificate where import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byNumber.get(rs.getString(2)).id = rs.getLong(1);
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "update certificate set superseded_by_id = ? where id = ?")) {
            int pending = 0;
            for (RegisterPlan.CertificateRow r : plan.certificates) {
                if (r.supersededBy != null) {
                    update.setLong(1, r.supersededBy.id);
                    update.setLong(2, r.id);
                    update.addBatch();
                    pending = flush(update, pending);
                }
            }
            update.executeBatch();
        }
    }

    /** The product group of a stored product (matched products carry none from the file). */
    private static String groupOf(Connection c, long productId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select product_group from product where id = ?")) {
            select.setLong(1, productId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Products whose newest certificate is imported: current stars, certificate, last day and stage. */
    private static void updateProducts(Connection c, RegisterPlan plan) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update product set current_certificate_id = ?,"
                + " current_stars = ?, certified_through = ?, stage = ?, version = version + 1 where id = ?")) {
            int pending = 0;
            for (RegisterPlan.ProductRef p : plan.products) {
                if (p.newest == null) {
                    continue;
                }
                update.setLong(1, p.newest.id);
                update.setInt(2, p.newest.stars);
                update.setObject(3, p.newest.inForceThrough);
                update.setString(4, ProductStage.CERTIFIED.name());
                update.setLong(5, p.id);
                update.addBatch();
                pending = flush(update, pending);
            }
            update.executeBatch();
        }
    }

    /** A stored product's current certificate is superseded by the first later imported one. */
    private void supersedeStored(RegisterPlan plan) {
        for (RegisterPlan.ProductRef p : plan.products) {
            if (p.fresh() || p.storedCurrentId == null || p.certificates.isEmpty()) {
                continue;
            }
            Certificate old = em.find(Certificate.class, p.storedCurrentId);
            RegisterPlan.CertificateRow first = p.certificates.get(0);
            if (old.status == CertificateStatus.VALID) {
                old.status = CertificateStatus.SUPERSEDED;
                old.supersededBy = em.getReference(Certificate.class, first.id);
                old.supersededOn = first.issuedOn;
                standings.refresh(old);
            }
        }
        em.flush();
    }

    /** What the stored records touched by an import looked like before it, for their audit entries. */
    private record Before(Map<Long, ProductResponse> products, Map<Long, CertificateResponse> certificates) {
    }

    private Before before(RegisterPlan plan) {
        List<Long> productIds = new ArrayList<>();
        List<Long> certificateIds = new ArrayList<>();
        for (RegisterPlan.ProductRef p : plan.products) {
            if (!p.fresh() && p.newest != null) {
                productIds.add(p.id);
                if (p.storedCurrentId != null) {
                    certificateIds.add(p.storedCurrentId);
                }
            }
        }
        Before before = new Before(productSnapshots.all(productIds), certificates(certificateIds));
        // The import rewrites these rows with JDBC: forget the loaded copies, so that the snapshots after read them anew.
        productIds.forEach(id -> em.detach(em.getReference(Product.class, id)));
        return before;
    }

    /**
     * One audit entry per record, with the record as the API shows it after the import (and before, for stored
     * products and certificates it changed): "producer.import", "product.import", "certificate.import", and for stored
     * records "product.import-certificate" and "certificate.supersede". The change feed publishes them
     * ({@code AuditLog.recordAll}).
     */
    private void audit(RegisterPlan plan, Before before) {
        em.flush();
        List<AuditLog.Entry> entries = new ArrayList<>();
        List<Long> producerIds = plan.freshProducers().stream().map(p -> p.id).toList();
        for (int from = 0; from < producerIds.size(); from += BATCH) {
            em.createQuery("select p from Producer p where p.id in :ids", Producer.class)
                    .setParameter("ids", producerIds.subList(from, Math.min(producerIds.size(), from + BATCH)))
                    .getResultList().forEach(p -> entries.add(new AuditLog.Entry("producer.import", "producer", p.id,
                            null, p.areaPath, null, ProducerResponse.of(p))));
        }
        List<Long> productIds = plan.products.stream().filter(p -> p.fresh() || p.newest != null).map(p -> p.id)
                .toList();
        Map<Long, ProductResponse> products = productSnapshots.all(productIds);
        for (RegisterPlan.ProductRef p : plan.products) {
            ProductResponse after = products.get(p.id);
            if (p.fresh()) {
                entries.add(new AuditLog.Entry("product.import", "product", p.id, p.id, p.areaPath, null, after));
            } else if (p.newest != null) {
                entries.add(new AuditLog.Entry("product.import-certificate", "product", p.id, p.id, p.areaPath,
                        before.products().get(p.id), after));
            }
        }
        Map<Long, CertificateResponse> superseded = certificates(List.copyOf(before.certificates().keySet()));
        superseded.forEach((id, after) -> {
            CertificateResponse was = before.certificates().get(id);
            if (was.status() != after.status()) {
                entries.add(new AuditLog.Entry("certificate.supersede", "certificate", id, after.productId(),
                        plan.products.stream().filter(p -> id.equals(p.storedCurrentId)).map(p -> p.areaPath)
                                .findFirst().orElse(null), was, after));
            }
        });
        Map<Long, CertificateResponse> imported = certificates(plan.certificates.stream().map(r -> r.id).toList());
        for (RegisterPlan.CertificateRow r : plan.certificates) {
            entries.add(new AuditLog.Entry("certificate.import", "certificate", r.id, r.product.id,
                    r.product.areaPath, null, imported.get(r.id)));
        }
        audit.recordAll(entries);
    }

    /** Certificates as the API shows them today, by id, 1,000 per statement. */
    private Map<Long, CertificateResponse> certificates(List<Long> ids) {
        Map<Long, CertificateResponse> found = new HashMap<>();
        LocalDate day = today.date();
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createQuery("select c from Certificate c join fetch c.product left join fetch c.supersededBy"
                    + " where c.id in :ids", Certificate.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList().forEach(c -> found.put(c.id, standings.response(c, day)));
        }
        return found;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static int flush(PreparedStatement statement, int pending) throws SQLException {
        if (pending + 1 == BATCH) {
            statement.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
