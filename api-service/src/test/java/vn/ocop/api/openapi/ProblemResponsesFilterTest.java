package vn.ocop.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The rules by which {@link ProblemResponsesFilter} gives operations their problem responses. */
class ProblemResponsesFilterTest {

    private static final String SECURED = "/api/v1/producers";
    private static final String SECURED_ITEM = "/api/v1/producers/{id}";

    @Test
    void anOperationWithoutInputOnAPublicPathHasNoProblemByRule() {
        assertThat(statuses("/api/v1/catalogue/rule-sets", "GET", OASFactory.createOperation())).isEmpty();
    }

    @Test
    void aSecuredOperationCanBeRefusedForItsTokenOrRole() {
        assertThat(statuses("/api/v1/auth/me", "GET", OASFactory.createOperation())).containsExactly("401", "403");
    }

    @Test
    void anyInputCanBeInvalid() {
        Operation withBody = OASFactory.createOperation().requestBody(OASFactory.createRequestBody());
        Operation withQuery = OASFactory.createOperation().addParameter(parameter(Parameter.In.QUERY, "page", false));

        assertThat(statuses(SECURED, "POST", withBody)).containsExactly("400", "401", "403");
        assertThat(statuses(SECURED, "GET", withQuery)).containsExactly("400", "401", "403");
    }

    @Test
    void aPathParameterCanNameNothing() {
        Operation get = OASFactory.createOperation().addParameter(parameter(Parameter.In.PATH, "id", true));

        assertThat(statuses(SECURED_ITEM, "GET", get)).containsExactly("400", "401", "403", "404");
    }

    @Test
    void pathLevelParametersCountLikeOperationParameters() {
        Set<String> statuses = ProblemResponsesFilter.statusesFor(SECURED_ITEM, "GET", OASFactory.createOperation(),
                List.of(parameter(Parameter.In.PATH, "id", true)));

        assertThat(statuses).contains("400", "404");
    }

    @Test
    void anOptionalIfMatchCanBeStaleAndARequiredOneAlsoMissing() {
        Operation optional = OASFactory.createOperation().addParameter(parameter(Parameter.In.HEADER, "If-Match", false));
        Operation required = OASFactory.createOperation().addParameter(parameter(Parameter.In.HEADER, "If-Match", true));
        Operation otherHeader = OASFactory.createOperation()
                .addParameter(parameter(Parameter.In.HEADER, "Accept-Language", true));

        assertThat(statuses(SECURED_ITEM, "PUT", optional)).contains("412").doesNotContain("428");
        assertThat(statuses(SECURED_ITEM, "PUT", required)).contains("412", "428");
        assertThat(statuses(SECURED_ITEM, "PUT", otherHeader)).doesNotContain("412", "428");
    }

    @Test
    void rateLimitedRoutesCanAnswerTooManyRequests() {
        assertThat(statuses("/api/v1/public/products", "GET", OASFactory.createOperation()))
                .containsExactly("429");
        assertThat(statuses("/api/v1/auth/token", "POST", OASFactory.createOperation())).containsExactly("429");
        assertThat(statuses("/api/v1/auth/token", "GET", OASFactory.createOperation())).doesNotContain("429");
        assertThat(statuses(SECURED, "GET", OASFactory.createOperation())).doesNotContain("429");
    }

    @Test
    void missingRuleStatusesAreAddedWithTheSharedDescriptionAndProblemContent() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));

        Set<String> problems = ProblemResponsesFilter.complete(operation, Set.of("400", "404"));

        assertThat(problems).containsExactly("400", "404");
        APIResponse notFound = operation.getResponses().getAPIResponse("404");
        assertThat(notFound.getDescription()).isEqualTo(ProblemResponsesFilter.DESCRIPTIONS.get("404"));
        var media = notFound.getContent().getMediaType("application/problem+json");
        assertThat(media.getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(media.getExamples().get("problem").getRef()).isEqualTo("#/components/examples/Problem404");
        assertThat(operation.getResponses().getAPIResponse("200").getContent()).isNull();
    }

    @Test
    void aDeclaredDescriptionIsKeptAndABlankOrPlaceholderOneGetsTheSharedText() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("409", OASFactory.createAPIResponse().description("Wrong status"))
                .addAPIResponse("413", OASFactory.createAPIResponse())
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")));

        Set<String> problems = ProblemResponsesFilter.complete(operation, Set.of("401"));

        assertThat(problems).containsExactly("401", "409", "413");
        assertThat(operation.getResponses().getAPIResponse("409").getDescription()).isEqualTo("Wrong status");
        assertThat(operation.getResponses().getAPIResponse("409").getContent()
                .getMediaType("application/problem+json")).isNotNull();
        assertThat(operation.getResponses().getAPIResponse("413").getDescription())
                .isEqualTo(ProblemResponsesFilter.DESCRIPTIONS.get("413"));
        assertThat(operation.getResponses().getAPIResponse("401").getDescription())
                .isEqualTo(ProblemResponsesFilter.DESCRIPTIONS.get("401"));
    }

    @Test
    void aStatusOutsideTheTableIsDescribedByItsProblemTitle() {
        assertThat(ProblemResponsesFilter.describe("415")).isEqualTo("Content type not supported");
    }

    private static Set<String> statuses(String path, String method, Operation operation) {
        return ProblemResponsesFilter.statusesFor(path, method, operation, null);
    }

    private static Parameter parameter(Parameter.In in, String name, boolean required) {
        return OASFactory.createParameter().in(in).name(name).required(required);
    }
}
