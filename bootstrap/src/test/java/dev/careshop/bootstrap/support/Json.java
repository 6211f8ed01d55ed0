package dev.careshop.bootstrap.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** JSON requests, and reading values out of JSON answers by JsonPath. */
public final class Json {

    private Json() {
    }

    /** A POST of {@code json} as {@code application/json}. */
    public static MockHttpServletRequestBuilder postJson(String path, String json) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** A PUT of {@code json} as {@code application/json}. */
    public static MockHttpServletRequestBuilder putJson(String path, String json) {
        return put(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** The response body, read as UTF-8. */
    public static String body(ResultActions actions) throws Exception {
        return body(actions.andReturn());
    }

    /** The response body, read as UTF-8. */
    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The value at {@code path}, typed as the caller needs it. */
    public static <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }

    /** The value at {@code path} of the response body, as text (a number as its digits). */
    public static String text(MvcResult result, String path) throws Exception {
        return String.valueOf((Object) read(body(result), path));
    }

    /** The {@code id} of a resource. */
    public static UUID id(String json) {
        return UUID.fromString(read(json, "$.id"));
    }

    /** The instant at {@code path}. */
    public static Instant instant(String json, String path) {
        return Instant.parse(read(json, path));
    }

    /** The {@code version} of a resource. */
    public static long version(String json) {
        return ((Number) read(json, "$.version")).longValue();
    }
}
