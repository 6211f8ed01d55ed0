package dev.careshop.adapter.web.shared;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document's header, tags, the bearer-token scheme, the shared problem schema, and the error responses of
 * every operation. Every operation needs a token unless its method says {@code @SecurityRequirements} with no value
 * (logging in, signing up, reading the catalog): the document then shows {@code security: []} for it, and only the
 * others document 401 and 403.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "Problem";
    /** The items of a problem's {@code errors}: named, so generated clients get a type for them. */
    private static final String PROBLEM_ERROR_SCHEMA = "ProblemError";
    private static final String EXAMPLE_ID = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10";
    private static final String EXAMPLE_ETAG = "\"3\"";
    private static final String EXAMPLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    /** The bearer-token scheme's name in {@code components.securitySchemes}. */
    private static final String BEARER_SCHEME = "bearerAuth";

    @Bean
    OpenAPI careShopOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CareShop API")
                        .version("v1")
                        .description("""
                                Clinic records (patients, doctors, appointments, prescriptions) and an online pharmacy shop.
                                Every error is an RFC 9457 problem (`application/problem+json`); validation problems list
                                the offending fields in `errors`. Lists take `page`, `size` (at most 100) and repeatable
                                `sort=field,asc|desc`. Single reads send the resource's `version` as a strong `ETag`;
                                send it back in `If-Match` on an update to refuse lost updates (412).

                                **Authentication.** Log in with `POST /api/auth/token` and
                                `{"username": "...", "password": "..."}` (the username or the e-mail address); the answer's
                                `accessToken` is a JWT that lives `expiresIn` seconds (15 minutes unless configured). Send it
                                on every other call as `Authorization: Bearer <accessToken>`; here, press **Authorize** and
                                paste it (the page keeps it across reloads). When it expires, calls answer 401: log in again.
                                Without a token you may log in, sign up (`POST /api/users`) and read products and categories.
                                No token or an invalid one answers 401 (with `WWW-Authenticate: Bearer`); a role that may not
                                call an operation answers 403; another user's records answer 404, as if they did not exist.
                                Each tag says who may call its operations.""")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .tags(List.of(
                        new Tag().name("Patients").description("Patient records and their history. Staff and administrators only."),
                        new Tag().name("Doctors").description("The clinic's doctors. Staff and administrators only."),
                        new Tag().name("Appointments").description("Bookings, their status, and prescriptions. "
                                + "Staff and administrators only."),
                        new Tag().name("Orders").description("Orders with their items, stock reservation, payment and lifecycle. "
                                + "A customer places orders for themselves only (another userId: 403) and reads, pays and "
                                + "cancels their own; another customer's order answers 404, as if it did not exist. Staff "
                                + "and administrators list and read every order and ship, deliver and cancel any; paying "
                                + "is for the order's customer and administrators.")))
                // Relative, so "Try it out" in /docs calls the server that served the page, wherever it runs.
                .servers(List.of(new Server().url("/").description("this CareShop instance")))
                .components(new Components()
                        .addSchemas(PROBLEM_SCHEMA, problemSchema())
                        .addSchemas(PROBLEM_ERROR_SCHEMA, problemErrorSchema())
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("An access token from POST /api/auth/token")))
                // Every operation needs the token, except those that opt out with an empty @SecurityRequirements.
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    @Bean
    OperationCustomizer problemResponsesCustomizer() {
        return (operation, handlerMethod) -> {
            Set<ProblemType> problems = new LinkedHashSet<>(List.of(ProblemType.INVALID_REQUEST));
            if (needsToken(handlerMethod)) {
                problems.addAll(List.of(ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN));
            }
            ProblemResponses declared = handlerMethod.getMethodAnnotation(ProblemResponses.class);
            if (declared != null) {
                problems.addAll(List.of(declared.value()));
            }
            problems.add(ProblemType.INTERNAL_ERROR);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ApiResponse created = responses.get("201");
            if (created != null) {
                created.addHeaderObject(HttpHeaders.LOCATION, new Header()
                        .description("URL of the created resource").schema(new StringSchema().format("uri")));
            }
            String instance = examplePath(handlerMethod);
            problems.forEach(type -> responses.addApiResponse(String.valueOf(type.status().value()), problemResponse(type, instance)));
            operation.setResponses(responses);
            return operation;
        };
    }

    /**
     * Every POST but logging in takes an {@code Idempotency-Key} (the filter that implements it is bootstrap's
     * IdempotencyFilter); a replayed answer carries {@code Idempotent-Replayed: true}.
     */
    @Bean
    OperationCustomizer idempotencyKeyCustomizer() {
        return (operation, handlerMethod) -> {
            boolean post = AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), PostMapping.class);
            if (!post || examplePath(handlerMethod).startsWith("/api/auth/")) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter()
                    .name("Idempotency-Key")
                    .required(false)
                    .description("""
                            Makes a retry safe (Stripe's semantics): 1 to 255 printable ASCII characters, unique per request \
                            and user, kept 24 hours. The first answer (a success, or a 402 or 409 refusal) is stored with the \
                            effect and replayed to a repeat of the same request (same method, path and body) with \
                            `Idempotent-Replayed: true`, changing nothing. The same key with another request answers 422 \
                            `idempotency-key-reused`; a repeat while the first still runs answers 409 \
                            `idempotency-key-in-use` with `Retry-After`.""")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[ -~]+$")));
            return operation;
        };
    }

    /**
     * Operations marked {@link SendsETag} document the {@code ETag} of their success response; reads also take
     * {@code If-None-Match} and answer 304 without a body when it names the current version (Spring's own check).
     */
    @Bean
    OperationCustomizer eTagCustomizer() {
        return (operation, handlerMethod) -> {
            if (!handlerMethod.hasMethodAnnotation(SendsETag.class) || operation.getResponses() == null) {
                return operation;
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, eTagHeader());
                }
            });
            if (AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), GetMapping.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(HttpHeaders.IF_NONE_MATCH)
                        .required(false)
                        .description("The ETag of your last read, such as \"3\": when the resource still has that version, "
                                + "the answer is 304 without a body.")
                        // No example: Swagger UI would fill it in on "Try it out" and send it.
                        .schema(new StringSchema()));
                operation.getResponses().addApiResponse("304", new ApiResponse()
                        .description("Not modified: the resource still has the version named in If-None-Match")
                        .addHeaderObject(HttpHeaders.ETAG, eTagHeader()));
            }
            return operation;
        };
    }

    /**
     * springdoc writes a nullable reference as {@code $ref} next to {@code type: "null"}, which OpenAPI 3.1 reads as
     * "both at once" and client generators cannot express; say "either" instead: {@code anyOf: [$ref, null]}.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer nullableReferencesCustomizer() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
                Map<String, Schema> properties = schema.getProperties();
                if (properties != null) {
                    properties.replaceAll((name, property) -> nullableReference(property));
                }
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableReference(Schema property) {
        boolean nullable = Boolean.TRUE.equals(property.getNullable())
                || property.getTypes() != null && property.getTypes().contains("null");
        if (property.get$ref() == null || !nullable) {
            return property;
        }
        return new Schema<>()
                .description(property.getDescription())
                .anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
    }

    private static Header eTagHeader() {
        return new Header().description("the resource's version, a strong ETag").schema(new StringSchema().example(EXAMPLE_ETAG));
    }

    private static String schemaRef(String name) {
        return "#/components/schemas/" + name;
    }

    /** Public operations say so with an empty {@code @SecurityRequirements}; every other one needs a token. */
    private static boolean needsToken(HandlerMethod handlerMethod) {
        SecurityRequirements requirements = handlerMethod.getMethodAnnotation(SecurityRequirements.class);
        return requirements == null || requirements.value().length > 0;
    }

    /** The operation's own path with an example id in each variable: a problem's {@code instance} is the request's path. */
    private static String examplePath(HandlerMethod handlerMethod) {
        String path = mappedPath(AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), RequestMapping.class))
                + mappedPath(AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class));
        return path.replaceAll("\\{[^}]+}", EXAMPLE_ID);
    }

    private static String mappedPath(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }

    private static ApiResponse problemResponse(ProblemType type, String instance) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.type().toString());
        example.put("title", type.title());
        example.put("status", type.status().value());
        example.put("detail", exampleDetail(type));
        example.put("instance", instance);
        if (type == ProblemType.INVALID_REQUEST) {
            example.put("errors", List.of(Map.of("field", "birthDate", "message", "must not be in the future")));
        }
        example.put("traceId", EXAMPLE_TRACE_ID);
        MediaType mediaType = new MediaType()
                .schema(new Schema<>().$ref(schemaRef(PROBLEM_SCHEMA)))
                .example(example);
        ApiResponse response = new ApiResponse().description(type.title()).content(new Content().addMediaType(PROBLEM_JSON, mediaType));
        if (type.status().value() == 401) {
            response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header()
                    .description("the challenge: Bearer, with error=\"invalid_token\" when a token was sent")
                    .schema(new StringSchema().example("Bearer realm=\"careshop\"")));
        }
        if (type == ProblemType.TOO_MANY_LOGIN_ATTEMPTS) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                    .description("seconds until the next attempt for this account may be made")
                    .schema(new StringSchema().example("900")));
        }
        return response;
    }

    private static String exampleDetail(ProblemType type) {
        return switch (type) {
            case INVALID_REQUEST -> "The request is not valid.";
            case NOT_FOUND -> "the resource " + EXAMPLE_ID + " was not found";
            case CONFLICT -> "the request conflicts with the resource's current state (a value already taken, or a transition its status does not allow)";
            case MISSING_REFERENCE -> "the body refers to " + EXAMPLE_ID + ", which does not exist";
            case UNAUTHORIZED -> "no access token was sent, or it is invalid or has expired";
            case FORBIDDEN -> "Your role may not do this.";
            case PRECONDITION_FAILED -> "the resource " + EXAMPLE_ID + " is at version 4, not 3; read it again before changing it";
            default -> type.title();
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemErrorSchema() {
        return new ObjectSchema()
                .description("one offending field, order line or id of a problem")
                .addProperty("field", new StringSchema().example("birthDate"))
                .addProperty("message", new StringSchema().example("must not be in the future"))
                .addProperty("productId", new StringSchema().format("uuid").description("order problems: the line's product"))
                .addProperty("requested", new IntegerSchema().description("order problems: the quantity asked for"))
                .addProperty("available", new IntegerSchema().description("insufficient-stock: the units in stock"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("https://careshop.dev/problems/not-found"))
                .addProperty("title", new StringSchema().example("Resource not found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().example("patient 0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10 was not found"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/patients/0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(schemaRef(PROBLEM_ERROR_SCHEMA))).description("present on validation problems"))
                .addProperty("traceId", new StringSchema().pattern("^[0-9a-f]{32}$").example(EXAMPLE_TRACE_ID)
                        .description("the W3C trace id of the request (also in its traceparent answer header and its log "
                                + "lines): quote it when reporting a problem"));
    }
}
