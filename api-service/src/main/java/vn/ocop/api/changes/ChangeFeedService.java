package vn.ocop.api.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.ListFilter;

/**
 * Reads the change feed (luồng thay đổi): positioned events after a cursor, of the asked types, in the caller's
 * area (ADMIN: all; officers: their area and below, as every list is scoped).
 */
@ApplicationScoped
public class ChangeFeedService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final ChangeEventRepository events;
    private final ChangeSequencer sequencer;
    private final AccessPolicy access;
    private final ObjectMapper json;
    private final EntityManager em;
    private final ChangesConfig config;

    public ChangeFeedService(ChangeEventRepository events, ChangeSequencer sequencer, AccessPolicy access,
            ObjectMapper json, EntityManager em, ChangesConfig config) {
        this.events = events;
        this.sequencer = sequencer;
        this.access = access;
        this.json = json;
        this.em = em;
        this.config = config;
    }

    /** Parses the {@code types} parameter (comma-separated): 400 naming it for an unknown type. */
    public static Set<String> parseTypes(String types, String field) {
        Set<String> parsed = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String type : types.split(",")) {
            String t = type.strip();
            if (!ChangeTypes.ALL.contains(t)) {
                throw ApiException.invalidField(field, "reason.changes.type", t, String.join(", ", ChangeTypes.ALL));
            }
            parsed.add(t);
        }
        return parsed;
    }

    public ChangePage read(String after, String types, int limit) {
        Long position = null;
        if (after != null) {
            position = ChangeCursor.parse(after)
                    .orElseThrow(() -> ApiException.invalidField("after", "reason.changes.cursor"));
        }
        Set<String> wanted = parseTypes(types, "types");
        sequencer.sequenceAll();
        Long from = position;
        return QuarkusTransaction.requiringNew().call(() -> page(from, wanted, limit));
    }

    public ChangeHead head() {
        sequencer.sequenceAll();
        return QuarkusTransaction.requiringNew().call(() -> {
            FeedState state = state();
            return new ChangeHead(ChangeCursor.of(state.lastPosition), ChangeCursor.of(state.prunedThrough));
        });
    }

    private ChangePage page(Long after, Set<String> types, int limit) {
        FeedState state = state();
        long from = after == null ? state.prunedThrough : after;
        if (from < state.prunedThrough) {
            throw new ApiException(ProblemType.GONE, "detail.changes.cursor-expired", List.of(),
                    config.retention().toDays());
        }
        if (from > state.lastPosition) {
            throw ApiException.invalidField("after", "reason.changes.cursor");
        }
        StringBuilder where = new StringBuilder("position > :after");
        Parameters params = Parameters.with("after", from);
        if (!types.isEmpty()) {
            where.append(" and type in :types");
            params.and("types", types);
        }
        ListFilter scope = access.listFilter();
        String clause = scope.jpql("areaPath", null, params);
        if (clause != null) {
            where.append(" and ").append(clause);
        }
        List<ChangeEvent> rows = events.find(where + " order by position", params).range(0, limit - 1).list();
        List<ChangeItem> items = new ArrayList<>(rows.size());
        long last = from;
        for (ChangeEvent e : rows) {
            items.add(item(e));
            last = e.position;
        }
        boolean full = rows.size() == limit;
        if (!full) {
            // Nothing more the caller may see: the cursor moves to the end, past events of other areas and types.
            last = Math.max(last, state.lastPosition);
        }
        return new ChangePage(items, ChangeCursor.of(last), full && last < state.lastPosition);
    }

    /** The event as the feed and webhook deliveries show it. */
    public ChangeItem item(ChangeEvent e) {
        return new ChangeItem(e.id, e.type, e.occurredAt, e.entityType, e.entityId, e.productId, e.areaPath,
                data(e.payload));
    }

    JsonNode data(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change event payload is not JSON", e);
        }
    }

    record FeedState(long lastPosition, long prunedThrough, long fannedOutThrough) {
    }

    FeedState state() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select last_position, pruned_through, fanned_out_through from change_feed_state where id = 1")
                .getSingleResult();
        return new FeedState(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
