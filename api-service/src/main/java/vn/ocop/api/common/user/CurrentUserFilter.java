package vn.ocop.api.common.user;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Fills {@link CurrentUser} from the request's {@value CurrentUser#HEADER} header. */
public class CurrentUserFilter {

    private final CurrentUser currentUser;

    public CurrentUserFilter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ServerRequestFilter
    public void identify(ContainerRequestContext request) {
        currentUser.identify(request.getHeaderString(CurrentUser.HEADER));
    }
}
