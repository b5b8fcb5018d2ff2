package vn.ocop.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.problem.ProblemType;

/**
 * The scoping rules every service applies to the current {@link Caller}. Objects outside the caller's reach
 * are answered 404 (their existence is not revealed); objects the caller may see but not change in this way
 * are answered 403.
 *
 * <pre>{@code
 * Producer producer = repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.producer", id));
 * access.requireProducerVisible(producer.id, producer.areaPath, "entity.producer", id);   // 404 if outside
 * access.requireRole(Role.ADMIN, Role.PROVINCE, Role.COMMUNE);                          // 403 if seen but not allowed
 * }</pre>
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;
    private final RoundMembership rounds;

    public AccessPolicy(Caller caller, RoundMembership rounds) {
        this.caller = caller;
        this.rounds = rounds;
    }

    public Scope scope() {
        return caller.scope();
    }

    /** ADMIN, or an officer whose area is {@code areaPath} or one of its ancestors. */
    public boolean canAccessArea(String areaPath) {
        return caller.scope().canAccessArea(areaPath);
    }

    /** 404 "no {entityKey} with id {id}" unless {@link #canAccessArea}. */
    public void requireAreaVisible(String areaPath, String entityKey, Object id) {
        if (!canAccessArea(areaPath)) {
            throw ApiException.notFound(entityKey, id);
        }
    }

    /** 404 unless the producer (or its product/dossier) is in the caller's area or is the caller's own. */
    public void requireProducerVisible(Long producerId, String producerAreaPath, String entityKey, Object id) {
        if (!caller.scope().canAccessProducer(producerId, producerAreaPath)) {
            throw ApiException.notFound(entityKey, id);
        }
    }

    /** Whether the caller sits on the round (COUNCIL), or the round's area is visible (ADMIN, officers). */
    public boolean canAccessRound(long roundId, String roundAreaPath) {
        Scope scope = caller.scope();
        if (scope.is(Role.COUNCIL)) {
            return rounds.sitsOnRound(scope.username(), roundId);
        }
        return scope.canAccessArea(roundAreaPath);
    }

    /** 404 unless {@link #canAccessRound}. */
    public void requireRoundVisible(long roundId, String roundAreaPath, String entityKey, Object id) {
        if (!canAccessRound(roundId, roundAreaPath)) {
            throw ApiException.notFound(entityKey, id);
        }
    }

    /** 403 unless the caller has one of the roles (401 when anonymous). */
    public void requireRole(Role... roles) {
        Scope scope = caller.scope();
        if (scope.anonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (!scope.is(roles)) {
            throw forbidden("detail.forbidden.roles", roleList(java.util.Arrays.asList(roles)), scope.role());
        }
    }

    /** The condition to AND into list queries for the caller, see {@link ListFilter}. */
    public ListFilter listFilter() {
        return caller.scope().listFilter();
    }

    /** The area-path prefix to AND into list queries: null for ADMIN (no restriction). */
    public String areaPathPrefix() {
        ListFilter filter = listFilter();
        if (filter.unrestricted()) {
            return null;
        }
        // Non-officers get a prefix that matches no path (paths start with '/'): they see nothing by area.
        return filter.kind() == ListFilter.Kind.AREA ? filter.areaPathPrefix() : "#none#";
    }

    /** 403 problem: "you may see it, but not do this". */
    public static ApiException forbidden() {
        return new ApiException(ProblemType.FORBIDDEN, "detail.forbidden", List.of());
    }

    /** 403 problem saying what is missing (issue 9, item 17): the detail's key and its arguments. */
    public static ApiException forbidden(String detailKey, Object... args) {
        return new ApiException(ProblemType.FORBIDDEN, detailKey, List.of(), args);
    }

    /** "ADMIN, PROVINCE, DISTRICT" in the order of {@link Role}. */
    public static String roleList(java.util.Collection<?> roles) {
        return java.util.Arrays.stream(Role.values()).filter(r -> roles.contains(r) || roles.contains(r.name()))
                .map(Role::name).collect(java.util.stream.Collectors.joining(", "));
    }
}
