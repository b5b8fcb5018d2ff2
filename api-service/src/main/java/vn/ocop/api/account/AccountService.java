package vn.ocop.api.account;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.common.web.PageQuery;
import vn.ocop.api.common.web.PageResponse;
import vn.ocop.api.common.web.SortSpec;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.security.Role;

/** Account administration (ADMIN only, enforced on the resource). */
@ApplicationScoped
public class AccountService {

    private static final Map<String, String> SORTS = Map.of("username", "username", "role", "role",
            "createdAt", "createdAt");

    static final String AUDIT_TYPE = "account";

    private final AccountRepository accounts;
    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    public AccountService(AccountRepository accounts, AreaRepository areas, ProducerRepository producers,
            PasswordHasher hasher, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.areas = areas;
        this.producers = producers;
        this.hasher = hasher;
    }

    public PageResponse<AccountResponse> list(PageQuery page) {
        Sort sort = SortSpec.parse(page.sort, SORTS, "username");
        var query = accounts.findAll(sort).page(Page.of(page.page, page.size));
        return new PageResponse<>(query.list().stream().map(AccountResponse::of).toList(), query.count(),
                page.page, page.size);
    }

    public Account get(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.account", id));
    }

    @Transactional
    public Account create(AccountRequest request) {
        if (request.password() == null) {
            throw ApiException.invalidField("password", "reason.required");
        }
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw ApiException.conflict("username", "reason.username-taken");
        }
        Account account = new Account();
        account.username = request.username();
        apply(account, request);
        accounts.persist(account);
        accounts.flush();
        // Snapshots are the API representation: never the password hash.
        audit.record("account.create", AUDIT_TYPE, account.id, null, null, null, AccountResponse.of(account));
        return account;
    }

    @Transactional
    public Account update(long id, long expectedVersion, AccountRequest request) {
        Account account = get(id);
        ETags.checkVersion(expectedVersion, account.version);
        if (!account.username.equals(request.username())) {
            throw ApiException.invalidField("username", "reason.immutable");
        }
        AccountResponse before = AccountResponse.of(account);
        apply(account, request);
        accounts.flush();
        // A new password shows in the action only (the snapshots never hold the hash).
        audit.record(request.password() != null ? "account.update-password" : "account.update", AUDIT_TYPE,
                account.id, null, null, before, AccountResponse.of(account));
        return account;
    }

    private void apply(Account account, AccountRequest request) {
        Role role = request.role();
        Area area = null;
        Producer producer = null;
        if (role.isOfficer()) {
            if (request.areaId() == null) {
                throw ApiException.invalidField("areaId", "reason.required");
            }
            area = areas.findByIdOptional(request.areaId())
                    .orElseThrow(() -> ApiException.invalidField("areaId", "reason.unknown-area", request.areaId()));
            if (area.level != AreaLevel.valueOf(role.name())) {
                throw ApiException.invalidField("areaId", "reason.area-level-for-role", role.name());
            }
        } else if (request.areaId() != null) {
            throw ApiException.invalidField("areaId", "reason.not-for-role", role.name());
        }
        if (role == Role.PRODUCER) {
            if (request.producerId() == null) {
                throw ApiException.invalidField("producerId", "reason.required");
            }
            producer = producers.findByIdOptional(request.producerId()).orElseThrow(
                    () -> ApiException.invalidField("producerId", "reason.unknown-producer", request.producerId()));
        } else if (request.producerId() != null) {
            throw ApiException.invalidField("producerId", "reason.not-for-role", role.name());
        }
        account.role = role;
        account.displayName = request.displayName().trim();
        account.area = area;
        account.producer = producer;
        account.enabled = request.enabled() == null || request.enabled();
        if (request.password() != null) {
            account.passwordHash = hasher.hash(request.password());
        }
    }
}
