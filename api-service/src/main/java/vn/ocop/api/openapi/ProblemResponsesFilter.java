package vn.ocop.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.problem.ProblemDetail;
import vn.ocop.api.common.problem.ProblemType;
import vn.ocop.api.common.web.ETags;
import vn.ocop.api.security.OpenApiSecurityFilter;
import vn.ocop.api.security.RateLimitFilter;

/**
 * The problem+json responses of every operation, by rule, so that resources do not repeat them:
 * <ul>
 *   <li>400 when the operation takes any input (a body or a parameter: a NUL in a path parameter is a 400 too);</li>
 *   <li>401 and 403 when it needs a token (outside {@link OpenApiSecurityFilter#PUBLIC_PREFIXES});</li>
 *   <li>404 when its path has a parameter (an id or code that may be unknown);</li>
 *   <li>412 when it takes {@code If-Match}, 428 when that header is required;</li>
 *   <li>429 when the route is rate limited ({@link RateLimitFilter#isLimited}).</li>
 * </ul>
 * A status no rule gives (409, 413) or a really specific description is declared on the operation as a bare
 * {@code @APIResponse(responseCode = "409", description = "Wrong status")}, without content: this filter gives
 * every 4xx response the {@code Problem} schema and an example, and one without description (or with the bare
 * "Not Authorized"/"Not Allowed" SmallRye derives from {@code @RolesAllowed}) the shared text of
 * {@link #DESCRIPTIONS}. It runs at build time, so the served document is static.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /** The one source of the shared descriptions, by status. */
    static final Map<String, String> DESCRIPTIONS = descriptions();

    /** The bare texts SmallRye gives the 401/403 it derives from {@code @RolesAllowed}: replaced like blanks. */
    private static final Set<String> EXTENSION_PLACEHOLDERS = Set.of("Not Authorized", "Not Allowed");

    private static final String SCHEMA_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.getOperations().entrySet()) {
                used.addAll(complete(operation.getValue(), statusesFor(path.getKey(), operation.getKey().name(),
                        operation.getValue(), item.getParameters())));
            }
        }
        addExamples(openAPI, used);
    }

    /** The problem statuses an operation gives by rule (declared ones come on top). */
    static Set<String> statusesFor(String path, String method, Operation operation, List<Parameter> pathLevel) {
        List<Parameter> parameters = new ArrayList<>();
        if (pathLevel != null) {
            parameters.addAll(pathLevel);
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        Set<String> statuses = new TreeSet<>();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            statuses.add("400");
        }
        if (!OpenApiSecurityFilter.isPublic(path)) {
            statuses.add("401");
            statuses.add("403");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            statuses.add("404");
        }
        parameters.stream().filter(ProblemResponsesFilter::isIfMatch).findFirst().ifPresent(ifMatch -> {
            statuses.add("412");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                statuses.add("428");
            }
        });
        if (RateLimitFilter.isLimited(path, method)) {
            statuses.add("429");
        }
        return statuses;
    }

    /**
     * Adds the missing rule statuses, then gives every 4xx response its description and problem content.
     * Answers the problem statuses the operation now documents.
     */
    static Set<String> complete(Operation operation, Set<String> ruleStatuses) {
        Set<String> problems = new TreeSet<>();
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (String status : ruleStatuses) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (!status.startsWith("4") || response.getRef() != null) {
                continue;
            }
            problems.add(status);
            if (response.getDescription() == null || response.getDescription().isBlank()
                    || EXTENSION_PLACEHOLDERS.contains(response.getDescription())) {
                response.setDescription(describe(status));
            }
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA_REF))
                                .addExample("problem", OASFactory.createExample().ref(exampleName(status)))));
            }
        }
        return problems;
    }

    /** The shared description of a status; for one outside the table, the English title of its problem type. */
    static String describe(String status) {
        String text = DESCRIPTIONS.get(status);
        return text != null ? text
                : Messages.get(Messages.ENGLISH, ProblemType.forStatus(Integer.parseInt(status)).titleKey());
    }

    /** One example body a status used ({@code Problem400}, ...), shared by the operations through a reference. */
    private static void addExamples(OpenAPI openAPI, Set<String> statuses) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        for (String status : statuses) {
            ProblemType type = ProblemType.forStatus(Integer.parseInt(status));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type.uri().toString());
            body.put("title", Messages.get(Messages.VIETNAMESE, type.titleKey()));
            body.put("status", type.status());
            components.addExample(exampleName(status), OASFactory.createExample()
                    .summary(describe(status))
                    .value(body));
        }
    }

    static String exampleName(String status) {
        return "Problem" + status;
    }

    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && ETags.IF_MATCH.equalsIgnoreCase(parameter.getName());
    }

    private static Map<String, String> descriptions() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("400", "Invalid input: each invalid field, parameter or header is named in errors[]");
        texts.put("401", "No token, or an expired, tampered or foreign one");
        texts.put("403", "The caller's role may not do this");
        texts.put("404", "Nothing with this id or code");
        texts.put("409", "The request conflicts with the current state");
        texts.put("412", "If-Match is stale: changed since the client read it");
        texts.put("413", "The body is larger than this endpoint accepts");
        texts.put("428", "If-Match is missing");
        texts.put("429", "Too many requests from this address; see Retry-After");
        return Collections.unmodifiableMap(texts);
    }
}
