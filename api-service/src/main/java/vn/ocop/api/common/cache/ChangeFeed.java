package vn.ocop.api.common.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the {@link ReadCache} of several replicas in step through PostgreSQL {@code LISTEN/NOTIFY} on the channel
 * {@value #CHANNEL}: after a write of this replica commits, it notifies the others; when another replica's
 * notification arrives, the local {@link DataVersion} moves, so cached answers are recomputed. A lost listening
 * connection also moves the version (a notification may have been missed) and is opened again.
 * <p>
 * Runs only on PostgreSQL with the read cache on; an H2 database belongs to a single process, whose own writes move
 * the version directly. Uses two connections of its own, outside the pool.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "ocop_changes";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int POLL_MILLIS = 500;

    private final String sender = UUID.randomUUID().toString();
    private final DataVersion version;
    private final boolean active;
    private final String url;
    private final String user;
    private final String password;
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "ocop-change-notify"));
    private volatile boolean running;
    private Connection sending;

    public ChangeFeed(DataVersion version, ReadCache reads,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.version = version;
        this.active = reads.enabled() && "postgresql".equals(dbKind);
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    void start(@Observes StartupEvent event) {
        if (!active) {
            return;
        }
        running = true;
        version.onCommit(() -> notifier.execute(this::publish));
        daemon(this::listen, "ocop-change-listen").start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        notifier.shutdown();
    }

    /** Whether this replica listens for the writes of others (PostgreSQL with the read cache on). */
    public boolean active() {
        return active;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (warned) {
                    LOG.info("Change feed: listening again");
                    warned = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && received(notifications)) {
                        version.bump();
                    }
                }
            } catch (SQLException e) {
                version.bump();
                if (!warned) {
                    LOG.warnf("Change feed: cannot listen (%s); cached reads restart, retrying every second",
                            e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    private boolean received(PGNotification[] notifications) {
        for (PGNotification n : notifications) {
            if (!sender.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private synchronized void publish() {
        try {
            if (sending == null || sending.isClosed()) {
                sending = DriverManager.getConnection(url, user, password);
                sending.setAutoCommit(true);
            }
            try (Statement statement = sending.createStatement()) {
                statement.execute("NOTIFY " + CHANNEL + ", '" + sender + "'");
            }
        } catch (SQLException e) {
            LOG.warnf("Change feed: could not notify the other replicas (%s)", e.getMessage());
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            if (sending != null) {
                sending.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        sending = null;
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
