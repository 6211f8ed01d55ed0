package dev.careshop.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.shared.JsonConfiguration;
import dev.careshop.domain.shared.paging.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every {@code *SliceTest} shares: a {@code @WebMvcTest} of one controller (named on the subclass) with the web
 * module's own configuration that shapes an answer (the problem advices, {@link JsonConfiguration}, the CSV converter,
 * the MapStruct web mappers), the strict JSON settings the service runs with (bootstrap's application.yml), a fixed
 * {@link Clock}, and helpers for request bodies, JSON shapes and problems. Use cases are {@code @MockitoBean}s of the
 * subclass; security lives in bootstrap and is not on this module's classpath.
 */
@TestPropertySource(properties = {
        "spring.jackson.deserialization.fail-on-unknown-properties=true",
        "spring.jackson.deserialization.accept-float-as-int=false",
        "spring.jackson.deserialization.fail-on-null-for-primitives=true",
        "spring.jackson.deserialization.fail-on-trailing-tokens=true",
        "spring.jackson.mapper.allow-coercion-of-scalars=false",
        "spring.mvc.problemdetails.enabled=false"})
public abstract class WebSlice {

    /** The clock the controllers read: 2026-11-21T10:15:30Z. */
    public static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    public static final String PROBLEMS = "https://careshop.dev/problems/";

    /** Reads and writes JSON as sent: decimals as {@code BigDecimal}, so {@code 12.50} and {@code 1e-999999999} stay as they are. */
    private static final JsonMapper BODIES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Autowired
    protected MockMvc mvc;

    /**
     * The configuration {@code @WebMvcTest} finds: controllers (only the one the test names), advices, converters and
     * filters through the slice's own filter, plus the beans a slice leaves out but the answers depend on: the mappers
     * and {@link JsonConfiguration}.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
    @ComponentScan(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
            pattern = {".*WebMapperImpl", ".*\\.WebValueMapper", ".*\\.OrderMetadataJson"}))
    @Import(JsonConfiguration.class)
    static class SliceConfiguration {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    // ---- requests -------------------------------------------------------------------------------------------------

    protected static MockHttpServletRequestBuilder postJson(String path, Object body) {
        return withJson(MockMvcRequestBuilders.post(path), body);
    }

    protected static MockHttpServletRequestBuilder putJson(String path, Object body) {
        return withJson(MockMvcRequestBuilders.put(path), body);
    }

    protected static MockHttpServletRequestBuilder patchJson(String path, Object body) {
        return withJson(MockMvcRequestBuilders.patch(path), body);
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body.toString());
    }

    /** A JSON object to start a request body from; {@link Body#toString()} is the JSON. */
    protected static Body body(String json) {
        return new Body((ObjectNode) BODIES.readTree(json));
    }

    /** A request body, changed one property at a time for tables of invalid bodies. */
    public static final class Body {
        private final ObjectNode node;

        private Body(ObjectNode node) {
            this.node = node;
        }

        /** {@code field} set to the JSON text {@code json} (a number, {@code null}, an object ...). */
        public Body raw(String field, String json) {
            ObjectNode copy = node.deepCopy();
            copy.set(field, BODIES.readTree(json));
            return new Body(copy);
        }

        public Body str(String field, String text) {
            ObjectNode copy = node.deepCopy();
            copy.put(field, text);
            return new Body(copy);
        }

        public Body remove(String field) {
            ObjectNode copy = node.deepCopy();
            copy.remove(field);
            return new Body(copy);
        }

        @Override
        public String toString() {
            return node.toString();
        }
    }

    // ---- tables of invalid bodies: each case a Body and the field the 400 must name -------------------------------

    /** A required text of at most {@code max} characters: missing, null, empty, blank, too long, or not text. */
    protected static Stream<Arguments> invalidRequiredText(Body valid, String field, int max) {
        Stream<Body> absent = Stream.of(valid.remove(field), valid.raw(field, "null"), valid.str(field, ""),
                valid.str(field, "   "), valid.raw(field, "true"), valid.raw(field, "{\"first\": \"Ada\"}"));
        return Stream.concat(absent.map(body -> Arguments.of(body, field)), invalidOptionalText(valid, field, max));
    }

    /** An optional text of at most {@code max} characters: too long, or a number or an array where text belongs. */
    protected static Stream<Arguments> invalidOptionalText(Body valid, String field, int max) {
        return Stream.of(valid.str(field, "x".repeat(max + 1)), valid.raw(field, "42"), valid.raw(field, "[\"x\"]"))
                .map(body -> Arguments.of(body, field));
    }

    /** An e-mail address that is not one: no @, no dot in the domain, two @, a space, or a number. */
    protected static Stream<Arguments> invalidEmail(Body valid, String field) {
        return Stream.of(valid.str(field, "not-an-email"), valid.str(field, "ada@localhost"),
                        valid.str(field, "ada@@example.org"), valid.str(field, "ada lovelace@example.org"), valid.raw(field, "12345"))
                .map(body -> Arguments.of(body, field));
    }

    /** {@code field} set to each of {@code values} (JSON text: {@code "null"}, {@code "-1"}, {@code "\"12.50\""} ...). */
    protected static Stream<Arguments> invalidValues(Body valid, String field, String... values) {
        return Stream.of(values).map(json -> Arguments.of(valid.raw(field, json), field));
    }

    /** The cases of several tables as one. */
    @SafeVarargs
    protected static Stream<Arguments> cases(Stream<Arguments>... tables) {
        return Stream.of(tables).flatMap(table -> table);
    }

    /** Properties a client may not send: each is named by the 400 (unknown or read-only). */
    protected static Stream<Arguments> refusedProperties(Body valid, String... fields) {
        return Stream.of(fields).map(field -> Arguments.of(valid.raw(field, "\"x\""), field));
    }

    /**
     * One test per case of {@code cases} (a body and the field it gets wrong): every request of {@code requests} that
     * sends the body is a 400 naming that field and nothing else ({@link #invalid}), and none of {@code untouched}, the
     * use cases behind the requests, is called.
     */
    protected Stream<DynamicTest> eachInvalidBody(Stream<Arguments> cases, List<Function<Body, RequestBuilder>> requests,
                                                  Object... untouched) {
        return cases.map(Arguments::get).map(arguments -> DynamicTest.dynamicTest(arguments[0] + " → " + arguments[1], () -> {
            for (Function<Body, RequestBuilder> request : requests) {
                mvc.perform(request.apply((Body) arguments[0])).andExpect(invalid((String) arguments[1]));
            }
            verifyNoInteractions(untouched);
        }));
    }

    // ---- answers --------------------------------------------------------------------------------------------------

    /** The names of the object's properties at {@code pointer} (a JSON pointer, "" for the root) in the answer. */
    protected static List<String> properties(MvcResult result, String pointer) throws Exception {
        JsonNode node = BODIES.readTree(result.getResponse().getContentAsString()).at(pointer);
        assertThat(node.isObject()).as("an object at '%s'", pointer).isTrue();
        return new ArrayList<>(node.propertyNames());
    }

    /** The answer's JSON at {@code pointer}, as written (e.g. to see that {@code 12.50} is a number with 2 decimals). */
    protected static JsonNode node(MvcResult result, String pointer) throws Exception {
        return BODIES.readTree(result.getResponse().getContentAsString()).at(pointer);
    }

    /** A page of the domain holding {@code items}, as the list use cases answer. */
    @SafeVarargs
    protected static <T> Page<T> pageOf(T... items) {
        return new Page<>(List.of(items), 0, 20, items.length);
    }

    // ---- problems -------------------------------------------------------------------------------------------------

    /** Text that would betray an implementation detail (an exception, a package, SQL, a stack frame) to a client. */
    private static final List<String> LEAKS = List.of("Exception", "org.", "SQL", "at dev.", "java.", "tools.jackson");

    /**
     * A problem of this status and type (the slug after {@value #PROBLEMS}), in RFC 9457's shape, about the request's
     * path, that names no exception, package, SQL or stack frame.
     */
    protected static ResultMatcher problem(int status, String type) {
        return result -> {
            assertThat(result.getResponse().getContentAsString()).as("a problem leaks no internals").doesNotContain(LEAKS);
            status().is(status).match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.type").value(PROBLEMS + type).match(result);
            jsonPath("$.status").value(status).match(result);
            jsonPath("$.title").isNotEmpty().match(result);
            jsonPath("$.detail").isNotEmpty().match(result);
            jsonPath("$.instance").value(result.getRequest().getRequestURI()).match(result);
        };
    }

    /** A 400 invalid-request problem whose {@code errors} name {@code fields} and nothing else, each with a message. */
    protected static ResultMatcher invalid(String... fields) {
        return result -> {
            problem(400, "invalid-request").match(result);
            jsonPath("$.errors[*].message", everyItem(not(emptyOrNullString()))).match(result);
            List<String> named = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].field");
            assertThat(named).as("the fields the problem names").containsOnly(fields);
        };
    }

    /** A problem of this status and type whose {@code errors} name {@code field}. */
    protected static ResultMatcher problemAbout(int status, String type, String field) {
        return result -> {
            problem(status, type).match(result);
            jsonPath("$.errors[*].field", hasItem(field)).match(result);
        };
    }
}
