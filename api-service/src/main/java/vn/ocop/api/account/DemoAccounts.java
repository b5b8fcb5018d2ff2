package vn.ocop.api.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.common.persistence.VietnameseText;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.producer.ProducerRepository;
import vn.ocop.api.security.Role;

/**
 * One demo account per role, created at start when {@code ocop.demo-data.enabled} (dev). The accounts are
 * bound to the demo areas and producer by official area code and producer name; when those records do not
 * exist yet (the demo data loader may run later), the binding is completed at the account's next sign-in.
 * The passwords are published in the README: never enable demo data in production.
 */
@ApplicationScoped
public class DemoAccounts {

    /** A demo account: what it is bound to by code or name (null when not bound). */
    public record Demo(String username, String password, Role role, String displayName, String areaCode,
            AreaLevel areaLevel, String producerName) {
    }

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "OcopAdmin#2025", Role.ADMIN, "Quản trị hệ thống OCOP", null, null, null),
            new Demo("thainguyen.tinh", "ThaiNguyen#2025", Role.PROVINCE, "Cán bộ OCOP tỉnh Thái Nguyên",
                    "19", AreaLevel.PROVINCE, null),
            new Demo("tanky.xa", "TanKy#2025", Role.COMMUNE, "Cán bộ OCOP xã Tân Kỳ", "02104", AreaLevel.COMMUNE,
                    null),
            new Demo("hoidong.tinh", "HoiDong#2025", Role.COUNCIL, "Thành viên Hội đồng đánh giá tỉnh Thái Nguyên",
                    null, null, null),
            new Demo("htx.doanket", "DoanKet#2025", Role.PRODUCER, "Hợp tác xã Đoàn Kết", null, null,
                    "Hợp tác xã Đoàn Kết"));

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private final boolean enabled;
    private final AccountRepository accounts;
    private final AreaRepository areas;
    private final ProducerRepository producers;
    private final PasswordHasher hasher;
    private final Today today;
    private final Map<String, Demo> pending = new ConcurrentHashMap<>();

    public DemoAccounts(@ConfigProperty(name = "ocop.demo-data.enabled", defaultValue = "false") boolean enabled,
            AccountRepository accounts, AreaRepository areas, ProducerRepository producers, PasswordHasher hasher,
            Today today) {
        this.today = today;
        this.enabled = enabled;
        this.accounts = accounts;
        this.areas = areas;
        this.producers = producers;
        this.hasher = hasher;
    }

    /** Runs after the default-priority start-up observers (such as a demo data loader). */
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::ensureAccounts);
        }
    }

    /** Creates the missing demo accounts and binds what can be bound now (in the caller's transaction). */
    public void ensureAccounts() {
        for (Demo demo : ACCOUNTS) {
            Account account = accounts.findByUsername(demo.username()).orElse(null);
            if (account == null) {
                account = new Account();
                account.username = demo.username();
                account.passwordHash = hasher.hash(demo.password());
                account.role = demo.role();
                account.displayName = demo.displayName();
                account.enabled = true;
                accounts.persist(account);
            }
            if (!bind(account, demo)) {
                pending.put(demo.username(), demo);
            }
        }
        LOG.infof("Demo accounts: %s (passwords in README.md)",
                ACCOUNTS.stream().map(d -> d.username() + " (" + d.role() + ")").toList());
    }

    /** Completes the binding of a demo account whose area or producer did not exist at start. */
    public void bindIfPending(Account account) {
        Demo demo = pending.get(account.username);
        if (demo != null && bind(account, demo)) {
            pending.remove(account.username);
        }
    }

    private boolean bind(Account account, Demo demo) {
        boolean complete = true;
        if (demo.areaCode() != null && account.area == null) {
            account.area = findArea(demo.areaCode(), demo.areaLevel()).orElse(null);
            complete = account.area != null;
        }
        if (demo.producerName() != null && account.producer == null) {
            account.producer = producers.find("searchKey = ?1 order by id", VietnameseText.fold(demo.producerName()))
                    .firstResultOptional().orElse(null);
            complete = complete && account.producer != null;
        }
        return complete;
    }

    private Optional<Area> findArea(String code, AreaLevel level) {
        LocalDate day = today.date();
        return areas.find("code = ?1 and level = ?2 order by validFrom desc", code, level).list().stream()
                .filter(area -> area.validOn(day))
                .findFirst();
    }
}
