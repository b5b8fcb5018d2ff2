package vn.ocop.api.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.web.InvalidParameterException;

/**
 * Turns every refused request into one shape: {@code application/problem+json} (RFC 9457) with a type,
 * a title and detail in the caller's language (Accept-Language, Vietnamese by default) and the list of
 * field errors. Unexpected failures become a 500 problem with a reference that is also logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response mapApi(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        Object[] args = e.args();
        List<FieldError> errors = e.errors().stream()
                .map(error -> new FieldError(error.field(), Messages.get(locale, error.reason(), args)))
                .toList();
        Object[] detailArgs = "detail.invalid-fields".equals(e.detailKey()) ? new Object[] {errors.size()} : args;
        return respond(e.type(), Messages.get(locale, e.detailKey(), detailArgs), errors, locale, uri);
    }

    @ServerExceptionMapper
    public Response mapViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason));
        return respond(ProblemType.VALIDATION, Messages.get(locale, "detail.invalid-fields", errors.size()),
                errors, locale, uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        Response strict = JsonProblems.respond(e, locale, uri.getPath());
        if (strict != null) {
            return strict;
        }
        List<FieldError> errors = new ArrayList<>();
        String missing = missingProperty(e);
        if (missing != null) {
            // A field absent from a full update (FullUpdate): named like any invalid field.
            // Jackson's path ends with the absent property itself ("evidence[0].sha256").
            String path = jsonPath(((JsonMappingException) e).getPath());
            String field = path.equals(missing) || path.endsWith("." + missing) ? path
                    : path.isEmpty() ? missing : path + "." + missing;
            errors.add(new FieldError(field, Messages.get(locale, "reason.required-in-full-update")));
            return respond(ProblemType.VALIDATION, Messages.get(locale, "detail.invalid-fields", 1), errors, locale,
                    uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors.add(new FieldError(jsonPath(mapping.getPath()), Messages.get(locale, "reason.invalid-format")));
        }
        return respond(ProblemType.MALFORMED_REQUEST,
                Messages.get(locale, "detail.malformed-json", e.getOriginalMessage()), errors, locale, uri);
    }

    /**
     * Bad values such as an unknown enum constant: Quarkus REST has its own, more specific mapper for these
     * (plain JSON, not a problem), so they are mapped here explicitly.
     */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return mapJson(e, headers, uri);
    }

    /** A query, path or header parameter that is not a number of its type (Jakarta REST would answer 404). */
    @ServerExceptionMapper
    public Response mapInvalidParameter(InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<FieldError> errors = List.of(new FieldError(e.name(),
                Messages.get(locale, e.reasonKey(), e.shownValue(), e.min(), e.max())));
        return respond(ProblemType.VALIDATION, Messages.get(locale, "detail.invalid-fields", 1), errors, locale, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapOptimisticLock(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return respond(ProblemType.CONFLICT, Messages.get(locale, "detail.concurrent-update"), List.of(), locale, uri);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return mapUnexpected(e, headers, uri);
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> Messages.get(locale, "detail.no-route");
            case 405 -> Messages.get(locale, "detail.method-not-allowed");
            case 406 -> Messages.get(locale, "detail.not-acceptable");
            case 415 -> Messages.get(locale, "detail.unsupported-media-type");
            default -> e.getMessage();
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, headers, uri);
        }
        Response.ResponseBuilder builder = Response.status(status);
        copyHeader(e.getResponse(), builder, HttpHeaders.ALLOW);
        return builder.type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(type.uri(), Messages.get(locale, type.titleKey()), status, detail,
                        uri.getPath(), List.of()))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response mapUnexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        if (clientGone(e)) {
            // The client hung up while its request was read or answered: nobody gets the answer, nothing failed here.
            LOG.debugf(e, "Client closed the connection %s on %s", reference, uri.getPath());
        } else {
            LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return respond(ProblemType.INTERNAL, Messages.get(locale, "detail.internal", reference), List.of(), locale,
                uri);
    }

    /** Whether the failure is the client's connection closing (reading the body or writing the answer). */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors, Locale locale,
            UriInfo uri) {
        return ProblemResponses.builder(type, detail, errors, locale, uri.getPath()).build();
    }

    /** Request body parameters are named so by convention; their own name is not part of a field path. */
    private static final java.util.Set<String> BODY_PARAMETERS = java.util.Set.of("request", "body");

    /**
     * "create.request.address.areaCode" → "address.areaCode"; "list.size" → "size"; "targets[0].value";
     * "list.page.size" (a @BeanParam named page) → "size": a parameter's own name is kept only when it is the
     * violating value itself, not a container of query parameters or body fields.
     */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        java.util.Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // A parameter followed by properties is a container (body or @BeanParam): only its properties count.
                if (!BODY_PARAMETERS.contains(node.getName()) && !nodes.hasNext()) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** Jackson's "Missing (required) creator property 'x' (index n)": a field absent from a full update. */
    private static final java.util.regex.Pattern MISSING_PROPERTY =
            java.util.regex.Pattern.compile("^Missing (?:required )?creator property '([^']+)'");

    /** The name of the absent field when {@code e} is a field missing from a full update (see FullUpdate). */
    static String missingProperty(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException) || e.getOriginalMessage() == null) {
            return null;
        }
        java.util.regex.Matcher matcher = MISSING_PROPERTY.matcher(e.getOriginalMessage());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
