package vn.ocop.api.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Gives committed events their feed position, in the order they became visible.
 *
 * <p>Why not the identity id: ids are taken at insert, not at commit. A transaction that inserted event 10 and
 * commits after the one that inserted event 11 would let a reader at cursor 11 skip event 10 for ever. Instead,
 * writers only insert (position null) and are never serialised; this sequencer, in its own short transaction, takes
 * the lock of the single {@code change_feed_state} row ({@code SELECT ... FOR UPDATE}), reads the events it can
 * see (committed ones only: READ COMMITTED) and numbers them after the last position. A reader returns positioned
 * events only, so it never sees position p+1 before p: every event positioned by one run commits at once, and the
 * next run starts after that commit (it waits on the lock). An event committed late gets a later position; events
 * of one record keep their order because a writer's event is inserted after it locked the record (the write is
 * flushed before the audit entry) and the previous writer's event was committed before that. Same SQL on H2 and
 * PostgreSQL. Cost: one UPDATE per event and one lock per run, paid by the feed reader or the webhook worker, not
 * by the writer (docs/benchmarks.md).
 */
@ApplicationScoped
public class ChangeSequencer {

    static final int BATCH = 2000;

    private final EntityManager em;

    public ChangeSequencer(EntityManager em) {
        this.em = em;
    }

    /** Positions every committed event not positioned yet; returns how many. */
    public int sequenceAll() {
        int total = 0;
        int done;
        do {
            done = sequence(BATCH);
            total += done;
        } while (done == BATCH);
        return total;
    }

    /** Positions up to {@code max} committed events, oldest insert first; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence(int max) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            if (!anyUnpositioned(connection)) {
                return 0;
            }
            long last;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select last_position from change_feed_state where id = 1 for update");
                    ResultSet row = lock.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from change_event where position is null order by id fetch first " + max + " rows only")) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update change_event set position = ? where id = ?")) {
                for (Long id : ids) {
                    update.setLong(1, ++last);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement state = connection.prepareStatement(
                    "update change_feed_state set last_position = ? where id = 1")) {
                state.setLong(1, last);
                state.executeUpdate();
            }
            return ids.size();
        });
    }

    private static boolean anyUnpositioned(Connection connection) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement(
                "select id from change_event where position is null fetch first 1 rows only");
                ResultSet row = check.executeQuery()) {
            return row.next();
        }
    }
}
