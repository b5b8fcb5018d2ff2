package vn.ocop.api.webhook;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.changes.ChangeTypes;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.ListFilter;
import vn.ocop.api.security.Role;

/**
 * Webhook subscriptions: ADMIN for any area or the whole country, a province official for its province or a unit
 * in it; others' subscriptions are 404. The secret is generated here and shown once.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final String AUDIT_TYPE = "webhook";

    private final WebhookSubscriptionRepository subscriptions;
    private final AreaRepository areas;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final EntityManager em;

    public WebhookService(WebhookSubscriptionRepository subscriptions, AreaRepository areas, AccessPolicy access,
            AuditLog audit, EntityManager em) {
        this.subscriptions = subscriptions;
        this.areas = areas;
        this.access = access;
        this.audit = audit;
        this.em = em;
    }

    public WebhookCreated create(WebhookRequest request) {
        WebhookSubscription s = new WebhookSubscription();
        apply(s, request);
        s.secret = WebhookSignature.newSecret();
        s.createdBy = audit.actor() == null ? "system" : audit.actor();
        subscriptions.persistAndFlush(s);
        WebhookResponse created = WebhookResponse.of(s);
        audit.record("webhook.create", AUDIT_TYPE, s.id, null, s.areaPath, null, created);
        return new WebhookCreated(created, s.secret);
    }

    public WebhookResponse get(long id) {
        return WebhookResponse.of(visible(id));
    }

    public PageResponse<WebhookResponse> list(PageQuery page) {
        Parameters params = new Parameters();
        ListFilter scope = access.listFilter();
        String clause = scope.jpql("areaPath", null, params);
        String where = clause == null ? "1 = 1" : clause;
        var query = subscriptions.find(where + " order by id", params);
        List<WebhookResponse> items = query.page(page.page, page.size).list().stream().map(WebhookResponse::of).toList();
        return new PageResponse<>(items, query.count(), page.page, page.size);
    }

    public WebhookResponse update(long id, long expectedVersion, WebhookRequest request) {
        WebhookSubscription s = visible(id);
        ETags.checkVersion(expectedVersion, s.version);
        WebhookResponse before = WebhookResponse.of(s);
        apply(s, request);
        subscriptions.flush();
        WebhookResponse after = WebhookResponse.of(s);
        audit.record("webhook.update", AUDIT_TYPE, s.id, null, s.areaPath, before, after);
        return after;
    }

    public void delete(long id, long expectedVersion) {
        WebhookSubscription s = visible(id);
        ETags.checkVersion(expectedVersion, s.version);
        WebhookResponse before = WebhookResponse.of(s);
        subscriptions.delete(s);
        subscriptions.flush();
        audit.record("webhook.delete", AUDIT_TYPE, id, null, before.areaPath(), before, null);
    }

    public PageResponse<DeliveryResponse> deliveries(long id, PageQuery page) {
        visible(id);
        List<Object[]> rows = em.createQuery("select d, e.type from WebhookDelivery d, ChangeEvent e "
                + "where e.id = d.eventId and d.subscriptionId = :id order by d.id desc", Object[].class)
                .setParameter("id", id).setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.subscriptionId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        List<DeliveryResponse> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            WebhookDelivery d = (WebhookDelivery) row[0];
            items.add(new DeliveryResponse(d.id, d.eventId, (String) row[1], d.status, d.attempts, d.createdAt,
                    d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.lastAttemptAt,
                    d.lastStatus, d.lastError, d.deliveredAt));
        }
        return new PageResponse<>(items, total, page.page, page.size);
    }

    private WebhookSubscription visible(long id) {
        WebhookSubscription s = subscriptions.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("entity.webhook", id));
        boolean visible = access.scope().is(Role.ADMIN) || (s.areaPath != null && access.canAccessArea(s.areaPath));
        if (!visible) {
            throw ApiException.notFound("entity.webhook", id);
        }
        return s;
    }

    private void apply(WebhookSubscription s, WebhookRequest request) {
        s.url = checkedUrl(request.url());
        Set<String> types = new LinkedHashSet<>();
        for (String type : request.eventTypes()) {
            if (!ChangeTypes.ALL.contains(type)) {
                throw ApiException.invalidField("eventTypes", "reason.changes.type", type, String.join(", ", ChangeTypes.ALL));
            }
            types.add(type);
        }
        s.eventTypes = String.join(",", types);
        if (request.areaId() == null) {
            if (!access.scope().is(Role.ADMIN)) {
                throw ApiException.invalidField("areaId", "reason.webhook.area-required");
            }
            s.areaId = null;
            s.areaPath = null;
        } else {
            Area area = areas.findByIdOptional(request.areaId())
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.area-not-found", request.areaId()));
            if (!access.canAccessArea(area.path)) {
                throw ApiException.invalidField("areaId", "reason.webhook.area");
            }
            s.areaId = area.id;
            s.areaPath = area.path;
        }
        s.description = request.description();
        s.active = request.active();
    }

    private static String checkedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("url", "reason.webhook.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw ApiException.invalidField("url", "reason.webhook.url");
        }
        return uri.toString();
    }
}
