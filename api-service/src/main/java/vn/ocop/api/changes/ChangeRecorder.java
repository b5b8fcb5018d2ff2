package vn.ocop.api.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.ocop.api.audit.AuditListener;
import vn.ocop.api.product.ProductResponse;
import vn.ocop.api.product.ProductSnapshots;

/**
 * The transactional outbox: every published write ({@link ChangeTypes}) becomes a {@link ChangeEvent} in the
 * writer's transaction, so a rolled-back or crashed write leaves no event and a committed one always has its event.
 * A certificate, dossier, result or decision write that also changed its product (stage, current certificate) is
 * followed by a {@code product.updated} event with the product as it is now, so that a copy of the products stays
 * equal to the API's.
 */
@ApplicationScoped
@Unremovable
public class ChangeRecorder implements AuditListener {

    private static final String PRODUCT = "product";
    private static final String WRITTEN_PRODUCTS = ChangeRecorder.class.getName() + ".products";

    private final ChangeEventRepository events;
    private final EntityManager em;
    private final ObjectMapper json;
    private final ProductSnapshots products;
    private final TransactionSynchronizationRegistry transactions;

    public ChangeRecorder(ChangeEventRepository events, EntityManager em, ObjectMapper json, ProductSnapshots products,
            TransactionSynchronizationRegistry transactions) {
        this.events = events;
        this.em = em;
        this.json = json;
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public void recorded(Write write) {
        ChangeTypes.of(write.action()).ifPresent(type -> {
            append(type, write.entityType(), write.entityId(), write.productId(), write.areaPath(), write.after(),
                    write.actor(), write.occurredAt(), null);
            if (PRODUCT.equals(write.entityType()) && write.after() instanceof ProductResponse p) {
                writtenProducts().put(p.id(), p.version());
            } else if (write.productId() != null && !PRODUCT.equals(write.entityType())) {
                productChanged(write.productId(), write.actor(), write.occurredAt(), false);
            }
        });
    }

    /**
     * A batch of writes (a register import's thousands of records): the same events as {@link #recorded} one by one,
     * inserted with JDBC batches, and one {@code product.updated} per product changed by a write of another record
     * when the batch does not carry that product itself.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordedAll(java.util.List<Write> writes) {
        java.util.List<ChangeEvent> batch = new java.util.ArrayList<>();
        java.util.Set<Long> written = new java.util.HashSet<>();
        java.util.Map<Long, Write> touched = new java.util.LinkedHashMap<>();
        for (Write write : writes) {
            ChangeTypes.of(write.action()).ifPresent(type -> {
                batch.add(event(type, write.entityType(), write.entityId(), write.productId(), write.areaPath(),
                        write.after(), write.actor(), write.occurredAt(), null));
                if (PRODUCT.equals(write.entityType())) {
                    written.add(write.entityId());
                    if (write.after() instanceof ProductResponse p) {
                        writtenProducts().put(p.id(), p.version());
                    }
                } else if (write.productId() != null) {
                    touched.putIfAbsent(write.productId(), write);
                }
            });
        }
        touched.keySet().removeAll(written);
        if (!touched.isEmpty()) {
            em.flush();
            products.all(touched.keySet()).forEach((id, p) -> {
                Write cause = touched.get(id);
                batch.add(event(ChangeTypes.PRODUCT_UPDATED, PRODUCT, p.id(), p.id(), p.areaPath(), p, cause.actor(),
                        cause.occurredAt(), null));
                writtenProducts().put(p.id(), p.version());
            });
        }
        insertAll(batch);
    }

    private void insertAll(java.util.List<ChangeEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into change_event"
                    + " (occurred_at, type, entity_type, entity_id, product_id, area_path, actor, payload, dedup_key)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (ChangeEvent e : batch) {
                    insert.setObject(1, java.time.OffsetDateTime.ofInstant(e.occurredAt, java.time.ZoneOffset.UTC));
                    insert.setString(2, e.type);
                    insert.setString(3, e.entityType);
                    insert.setLong(4, e.entityId);
                    insert.setObject(5, e.productId);
                    insert.setString(6, e.areaPath);
                    insert.setString(7, e.actor);
                    insert.setString(8, e.payload);
                    insert.setString(9, e.dedupKey);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /**
     * Writes {@code product.updated} for the product as it is now, unless this transaction already wrote it at this
     * version ({@code always}: even then, for changes by date that leave the version alone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void productChanged(long productId, String actor, Instant at, boolean always) {
        em.flush();
        products.current(productId).ifPresent(p -> {
            Map<Long, Long> written = writtenProducts();
            if (!always && Long.valueOf(p.version()).equals(written.get(productId))) {
                return;
            }
            if (!always && written.get(productId) == null && lastProductVersion(productId) == p.version()) {
                return;
            }
            append(ChangeTypes.PRODUCT_UPDATED, PRODUCT, p.id(), p.id(), p.areaPath(), p, actor, at, null);
            written.put(productId, p.version());
        });
    }

    /**
     * Appends one event to the outbox in the current transaction.
     *
     * @param after    the record after the change (null on deletion); the citizen id is never written
     * @param dedupKey for events by date: a second event with the same key is refused by the database
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEvent append(String type, String entityType, long entityId, Long productId, String areaPath,
            Object after, String actor, Instant at, String dedupKey) {
        ChangeEvent event = event(type, entityType, entityId, productId, areaPath, after, actor, at, dedupKey);
        events.persist(event);
        return event;
    }

    private ChangeEvent event(String type, String entityType, long entityId, Long productId, String areaPath,
            Object after, String actor, Instant at, String dedupKey) {
        ChangeEvent event = new ChangeEvent();
        event.type = type;
        event.entityType = entityType;
        event.entityId = entityId;
        event.productId = productId;
        event.areaPath = areaPath;
        event.actor = actor;
        event.occurredAt = at;
        event.payload = payload(after);
        event.dedupKey = dedupKey;
        return event;
    }

    private long lastProductVersion(long productId) {
        ChangeEvent last = events.find("entityType = ?1 and entityId = ?2 order by id desc", PRODUCT, productId)
                .firstResult();
        if (last == null || last.payload == null) {
            return -1;
        }
        try {
            return json.readTree(last.payload).path("version").asLong(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> writtenProducts() {
        Map<Long, Long> written = (Map<Long, Long>) transactions.getResource(WRITTEN_PRODUCTS);
        if (written == null) {
            written = new HashMap<>();
            transactions.putResource(WRITTEN_PRODUCTS, written);
        }
        return written;
    }

    private String payload(Object after) {
        if (after == null) {
            return null;
        }
        JsonNode tree = json.valueToTree(after);
        if (tree instanceof ObjectNode object) {
            object.remove("citizenId");
        }
        return tree.toString();
    }
}
