package vn.ocop.api.common.user;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is making the current request. Until accounts and roles exist, the caller names itself in the
 * {@value #HEADER} header ("anonymous" when absent); the security work replaces this one bean.
 */
@RequestScoped
public class CurrentUser {

    public static final String HEADER = "X-User";
    public static final String ANONYMOUS = "anonymous";
    private static final int MAX_LENGTH = 120;

    private String name = ANONYMOUS;

    /** The actor recorded on decisions and audit entries. */
    public String name() {
        return name;
    }

    void identify(String header) {
        if (header == null || header.isBlank()) {
            name = ANONYMOUS;
        } else {
            String trimmed = header.trim();
            name = trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
        }
    }
}
