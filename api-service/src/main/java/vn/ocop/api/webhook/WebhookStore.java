package vn.ocop.api.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import vn.ocop.api.changes.ChangeEvent;
import vn.ocop.api.changes.ChangeEventRepository;
import vn.ocop.api.changes.ChangeFeedService;
import vn.ocop.api.security.AreaPaths;

/**
 * The delivery queue in the database, each step its own short transaction so that a crash between steps loses
 * nothing: {@link #fanOut} turns positioned events into one PENDING delivery per matching subscription (under the
 * feed lock, so each event is fanned out once); {@link #claim} takes due deliveries for one worker with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x alike) and a lease ({@code claimed_until}), so two
 * workers never hold the same delivery and a worker killed mid-delivery releases it when the lease runs out;
 * {@link #complete} records the attempt only if the worker still holds the claim.
 */
@ApplicationScoped
public class WebhookStore {

    /** A claimed delivery with what sending it needs. */
    public record Claim(long deliveryId, long eventId, int attempts, Instant createdAt, String url, String secret,
            String body) {

        public String webhookId() {
            return "evt_" + eventId;
        }
    }

    /** The result of one attempt: the HTTP status (null when no answer came) and an error text. */
    public record Outcome(Integer status, String error) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final EntityManager em;
    private final ChangeEventRepository events;
    private final ChangeFeedService feed;
    private final ObjectMapper json;

    public WebhookStore(EntityManager em, ChangeEventRepository events, ChangeFeedService feed, ObjectMapper json) {
        this.em = em;
        this.events = events;
        this.feed = feed;
        this.json = json;
    }

    /** Fans out up to {@code max} positioned events not fanned out yet; returns how many events. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(int max, Instant now) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long through;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select fanned_out_through from change_feed_state where id = 1 for update");
                    ResultSet row = lock.executeQuery()) {
                row.next();
                through = row.getLong(1);
            }
            List<Object[]> batch = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, position, type, area_path from "
                    + "change_event where position > ? order by position fetch first " + max + " rows only")) {
                select.setLong(1, through);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Object[] {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)});
                    }
                }
            }
            if (batch.isEmpty()) {
                return 0;
            }
            List<Object[]> subscriptions = active(connection);
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (subscription_id, "
                    + "event_id, status, attempts, created_at, next_attempt_at) values (?, ?, 'PENDING', 0, ?, ?)")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                for (Object[] event : batch) {
                    for (Object[] subscription : subscriptions) {
                        if (matches(subscription, (String) event[2], (String) event[3])) {
                            insert.setLong(1, (Long) subscription[0]);
                            insert.setLong(2, (Long) event[0]);
                            insert.setObject(3, at);
                            insert.setObject(4, at);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement state = connection.prepareStatement(
                    "update change_feed_state set fanned_out_through = ? where id = 1")) {
                state.setLong(1, (Long) batch.get(batch.size() - 1)[1]);
                state.executeUpdate();
            }
            return batch.size();
        });
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Object[] subscription, String type, String areaPath) {
        if (!((Set<String>) subscription[1]).contains(type)) {
            return false;
        }
        String scope = (String) subscription[2];
        return scope == null || AreaPaths.covers(scope, areaPath);
    }

    private static List<Object[]> active(Connection connection) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, event_types, area_path from webhook_subscription where active = true");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Set<String> types = Arrays.stream(rows.getString(2).split(",")).collect(Collectors.toSet());
                out.add(new Object[] {rows.getLong(1), types, rows.getString(3)});
            }
        }
        return out;
    }

    /** Claims up to {@code max} due deliveries for {@code worker} until {@code until}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(String worker, int max, Instant now, Instant until) {
        List<Long> ids = em.unwrap(Session.class).doReturningWork(connection -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            List<Long> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id from webhook_delivery where status = "
                    + "'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) "
                    + "order by next_attempt_at, id fetch first " + max + " rows only for update skip locked")) {
                select.setObject(1, at);
                select.setObject(2, at);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getLong(1));
                    }
                }
            }
            List<Long> claimed = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set claimed_by = ?, "
                    + "claimed_until = ? where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)")) {
                for (Long id : due) {
                    update.setString(1, worker);
                    update.setObject(2, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
                    update.setLong(3, id);
                    update.setObject(4, at);
                    if (update.executeUpdate() == 1) {
                        claimed.add(id);
                    }
                }
            }
            return claimed;
        });
        List<Claim> claims = new ArrayList<>(ids.size());
        for (Long id : ids) {
            WebhookDelivery d = em.find(WebhookDelivery.class, id);
            WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
            ChangeEvent event = events.findById(d.eventId);
            claims.add(new Claim(d.id, d.eventId, d.attempts, d.createdAt, s.url, s.secret, body(event)));
        }
        return claims;
    }

    private String body(ChangeEvent event) {
        try {
            return json.writeValueAsString(feed.item(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change event cannot be written as JSON", e);
        }
    }

    /**
     * Records an attempt of a delivery {@code worker} holds: delivered, or pending again at {@code retryAt}, or
     * failed when {@code retryAt} is null. False when the claim was lost (lease over, taken by another worker).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean complete(Claim claim, String worker, Outcome outcome, Instant now, Instant retryAt) {
        WebhookDelivery.Status status = outcome.delivered() ? WebhookDelivery.Status.DELIVERED
                : retryAt == null ? WebhookDelivery.Status.FAILED : WebhookDelivery.Status.PENDING;
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set attempts = attempts + 1, "
                    + "last_attempt_at = ?, last_status = ?, last_error = ?, status = ?, next_attempt_at = ?, delivered_at = ?, "
                    + "claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                update.setObject(1, at);
                if (outcome.status() == null) {
                    update.setNull(2, Types.INTEGER);
                } else {
                    update.setInt(2, outcome.status());
                }
                String error = outcome.error();
                update.setString(3, error == null ? null : error.substring(0, Math.min(500, error.length())));
                update.setString(4, status.name());
                update.setObject(5, retryAt == null ? at : OffsetDateTime.ofInstant(retryAt, ZoneOffset.UTC));
                update.setObject(6, outcome.delivered() ? at : null);
                update.setLong(7, claim.deliveryId());
                update.setString(8, worker);
                return update.executeUpdate() == 1;
            }
        });
    }
}
