package vn.ocop.api.security;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the bearer token in the OpenAPI document, so Swagger UI shows "Authorize": a {@code bearerAuth}
 * scheme (HTTP bearer, JWT), and on every operation outside {@link #PUBLIC_PREFIXES} a security requirement (their
 * 401 and 403 problem responses come from {@link vn.ocop.api.openapi.ProblemResponsesFilter}). Registered with
 * {@code mp.openapi.filter}. Keep {@link #PUBLIC_PREFIXES} in line with the {@code @PermitAll} resources.
 */
public class OpenApiSecurityFilter implements OASFilter {

    public static final String SCHEME = "bearerAuth";
    /** Paths that need no token (resources annotated {@code @PermitAll}). */
    public static final List<String> PUBLIC_PREFIXES = List.of("/api/v1/public/", "/api/v1/auth/token",
            "/api/v1/catalogue", "/v/");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("Access token from POST /api/v1/auth/token (or from the configured identity provider)."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (isPublic(path.getKey()) || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                // Replaces the requirement the extension derives from @RolesAllowed (a scheme named SecurityScheme).
                operation.setSecurity(new java.util.ArrayList<>(
                        List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
            }
        }
    }

    public static boolean isPublic(String path) {
        // "/v/" covers the search page "/v" itself as well as "/v/{number}".
        return PUBLIC_PREFIXES.stream().anyMatch(prefix -> path.startsWith(prefix) || (path + "/").equals(prefix));
    }
}
