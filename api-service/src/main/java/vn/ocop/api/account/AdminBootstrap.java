package vn.ocop.api.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.api.security.Role;

/**
 * The first administrator of a new installation: when {@code ocop.security.bootstrap-admin-password}
 * ({@code OCOP_SECURITY_BOOTSTRAP_ADMIN_PASSWORD}) is set and no ADMIN account exists, creates the account
 * {@code ocop.security.bootstrap-admin-username} (default "admin") with it. Remove the variable afterwards.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final Optional<String> password;
    private final String username;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public AdminBootstrap(
            @ConfigProperty(name = "ocop.security.bootstrap-admin-password") Optional<String> password,
            @ConfigProperty(name = "ocop.security.bootstrap-admin-username", defaultValue = "admin") String username,
            AccountRepository accounts, PasswordHasher hasher) {
        this.password = password.filter(value -> !value.isBlank());
        this.username = username;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    void onStart(@Observes StartupEvent event) {
        if (password.isEmpty()) {
            return;
        }
        if (password.get().length() < 12) {
            throw new IllegalStateException("ocop.security.bootstrap-admin-password must have at least 12 characters");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (accounts.count("role", Role.ADMIN) > 0 || accounts.findByUsername(username).isPresent()) {
                return;
            }
            Account admin = new Account();
            admin.username = username;
            admin.passwordHash = hasher.hash(password.get());
            admin.role = Role.ADMIN;
            admin.displayName = "Quản trị hệ thống";
            admin.enabled = true;
            accounts.persist(admin);
            LOG.infof("Created the first administrator account '%s'; unset the bootstrap password now.", username);
        });
    }
}
