package vn.ocop.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The service's errors as logged while the fuzzer runs (the test and the service share one JVM): a 500 answer
 * carries a reference that the service logs with the exception, so each failing request gets its cause.
 */
final class ServerLog extends Handler {

    /** One logged error: the message and the innermost cause ("PSQLException: ERROR: invalid byte sequence..."). */
    record Entry(String message, String cause) {
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    static ServerLog install() {
        ServerLog log = new ServerLog();
        log.setLevel(Level.SEVERE);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() < Level.SEVERE.intValue()) {
            return;
        }
        String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                : record.getMessage();
        entries.add(new Entry(message == null ? "" : message, cause(record.getThrown())));
    }

    /** The errors logged since the last call. */
    List<Entry> drain() {
        List<Entry> out = new ArrayList<>();
        for (Entry e; (e = entries.poll()) != null;) {
            out.add(e);
        }
        return out;
    }

    static String cause(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        Throwable root = thrown;
        java.sql.SQLException sql = null;
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            root = t;
            if (t instanceof java.sql.SQLException s && sql == null) {
                sql = s;
            }
        }
        Throwable shown = sql != null ? sql : root;
        String text = shown.getClass().getSimpleName() + ": " + String.valueOf(shown.getMessage());
        if (sql != null && sql.getSQLState() != null) {
            text += " [SQLState " + sql.getSQLState() + "]";
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= 220 ? text : text.substring(0, 217) + "...";
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
