package vn.ocop.api.common.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the {@link ReadCache} of several replicas in step through PostgreSQL {@code LISTEN/NOTIFY} on the channel
 * {@value #CHANNEL}. No notification is lost (issue 9, item 14):
 * <ul>
 * <li><b>Sending</b>: a write's notification is sent <em>inside the write's own transaction</em>
 * ({@code pg_notify} on the transaction's connection, {@link DataVersion#beforeCommit}). PostgreSQL delivers it
 * when, and only when, the write commits, to every replica listening at that moment; there is no separate sending
 * connection that can die between the commit and the notification. (A write outside any transaction, already
 * committed, is notified from a connection of the feed's own, retried until it goes through.)</li>
 * <li><b>Listening</b>: a replica that is not listening cannot receive anything, so every time its listening
 * connection is opened (at start and after any loss) the local {@link DataVersion} moves <em>after</em>
 * {@code LISTEN} took effect: whatever was committed while it was deaf is read afresh, and whatever commits later
 * arrives as a notification. A connection that dies silently is found by a query every
 * {@value #HEARTBEAT_MILLIS} ms, bounded by a socket timeout.</li>
 * </ul>
 * Runs only on PostgreSQL with the read cache on; an H2 database belongs to a single process, whose own writes move
 * the version directly. The listening connection is outside the pool.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "ocop_changes";
    /** {@code application_name} of the feed's own connections (visible in {@code pg_stat_activity}). */
    static final String APPLICATION_NAME = "ocop-change-feed";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int POLL_MILLIS = 500;
    static final int HEARTBEAT_MILLIS = 5_000;
    private static final int SOCKET_TIMEOUT_SECONDS = 15;
    private static final long RETRY_MILLIS = 1_000;

    private final String sender = UUID.randomUUID().toString();
    private final DataVersion version;
    private final AgroalDataSource dataSource;
    private final boolean active;
    private final String url;
    private final String user;
    private final String password;
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "ocop-change-notify"));
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection listenConnection;
    private volatile int listenPid;
    private volatile int sendPid;
    private Connection sending;

    public ChangeFeed(DataVersion version, AgroalDataSource dataSource, ReadCache reads,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.version = version;
        this.dataSource = dataSource;
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
        version.beforeCommit(this::notifyInTransaction);
        version.onCommitOutsideTransaction(this::notifyOutsideTransaction);
        daemon(this::listen, "ocop-change-listen").start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        notifier.shutdown();
        Connection connection = listenConnection;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    /** Whether this replica listens for the writes of others (PostgreSQL with the read cache on). */
    public boolean active() {
        return active;
    }

    /** Whether the listening connection is open and {@code LISTEN} in effect now. */
    boolean listening() {
        return listening;
    }

    /** The server processes of this feed's own open connections (for tests that kill them). */
    java.util.List<Integer> backendPids() {
        java.util.List<Integer> pids = new java.util.ArrayList<>();
        if (listening) {
            pids.add(listenPid);
        }
        if (sendPid != 0) {
            pids.add(sendPid);
        }
        return pids;
    }

    /** The write's notification, on the write's connection: PostgreSQL delivers it when the write commits. */
    private void notifyInTransaction() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, sender);
            statement.execute();
        } catch (SQLException e) {
            // The write cannot commit without telling the other replicas: roll it back.
            throw new IllegalStateException("Change feed: could not notify in the write's transaction", e);
        }
    }

    private void notifyOutsideTransaction() {
        // Committed outside any transaction: no transaction to carry the notification. Sent, and retried until
        // it goes through; several pending ones are one.
        if (pending.compareAndSet(false, true)) {
            notifier.execute(this::publishPending);
        }
    }

    private void publishPending() {
        boolean warned = false;
        while (running && pending.get()) {
            pending.set(false);
            try {
                publish();
                if (warned) {
                    LOG.info("Change feed: notifying again");
                }
                return;
            } catch (SQLException e) {
                pending.set(true);
                closeQuietly();
                if (!warned) {
                    LOG.warnf("Change feed: could not notify the other replicas (%s); retrying every second",
                            e.getMessage());
                    warned = true;
                }
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private synchronized void publish() throws SQLException {
        if (sending == null || sending.isClosed()) {
            sending = connect();
            sending.setAutoCommit(true);
            sendPid = sending.unwrap(PGConnection.class).getBackendPID();
        }
        try (PreparedStatement statement = sending.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, sender);
            statement.execute();
        }
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                listenConnection = connection;
                listenPid = connection.unwrap(PGConnection.class).getBackendPID();
                statement.execute("LISTEN " + CHANNEL);
                // Listening from here on: anything committed before now is read afresh, anything later is notified.
                listening = true;
                version.bump();
                if (warned) {
                    LOG.info("Change feed: listening again; cached reads restarted");
                    warned = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastHeartbeat = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && received(notifications)) {
                        version.bump();
                    }
                    if (System.nanoTime() - lastHeartbeat > TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MILLIS)) {
                        statement.execute("select 1");
                        lastHeartbeat = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                version.bump();
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("Change feed: cannot listen (%s); cached reads restart, retrying every second",
                            e.getMessage());
                    warned = true;
                }
                if (!pause()) {
                    return;
                }
            } finally {
                listening = false;
                listenConnection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    private boolean received(PGNotification[] notifications) {
        for (PGNotification n : notifications) {
            if (!sender.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private synchronized void closeQuietly() {
        try {
            if (sending != null) {
                sending.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        sending = null;
        sendPid = 0;
    }

    /** Waits a second before trying again; false when interrupted (stop). */
    private boolean pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
