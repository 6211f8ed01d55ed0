package dev.careshop.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.careshop.bootstrap.support.HttpTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests that are broken below the level of JSON, sent byte for byte to the real port (HttpClient and MockMvc
 * refuse to send, or never see, most of them): a query string that is not percent-encoded UTF-8, and requests that
 * Tomcat itself rejects before Spring sees them. Each must still be an {@code application/problem+json} problem,
 * never a 500, never Tomcat's HTML page, and must leave no ERROR or stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTest extends HttpTest {

    private static final String[] LEAKS = {"Exception", "org.", "java.", "Tomcat", "tomcat", "<html", "\uFFFD", "%FF",
            "%ED", "%zz"};

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/users?q=%FF, q",
            "/api/users?q=%, q",
            "/api/users?q=%zz, q",
            "/api/users?page=0&q=%FF&size=5, q",
            "/api/products?q=%ED%A0%80, q",
            "/api/orders?status=%FF, status",
            "/api/categories?sort=name%FF, sort",
            "/api/patients?name=%FF, name",
    })
    void aQueryParameterThatIsNotPercentEncodedUtf8IsAnInvalidRequestNamingTheParameter(String target, String field)
            throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");

        answer.expectProblem(400, "invalid-request");
        assertThat(answer.json("$.instance")).isEqualTo(target.substring(0, target.indexOf('?')));
        assertThat(answer.json("$.errors[0].field")).isEqualTo(field);
    }

    @Test
    void aBadQueryParameterOrRequestLineLogsNoErrorAndNoStackTrace(CapturedOutput output) throws IOException {
        int before = output.getAll().length();

        sendLine("GET /api/users?q=%FF HTTP/1.1").expectProblem(400,
                "invalid-request");
        sendLine("GET /api/users?q=a|b HTTP/1.1").expectProblem(400,
                "invalid-request");

        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain(" ERROR ", "Exception", "\tat ", "Unexpected failure", "a|b");
    }

    @Test
    void aFormBodyThatIsNotPercentEncodedUtf8IsStillOnlyAnUnsupportedMediaType() throws IOException {
        String body = "q=%FF&name=%zz";
        for (String method : new String[] {"POST", "PUT"}) {
            String target = method.equals("POST") ? "/api/doctors" : "/api/doctors/00000000-0000-0000-0000-000000000001";
            Answer answer = send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);

            answer.expectProblem(415, "unsupported-media-type");
        }
    }

    @Test
    void aFormBodyAndABadQueryParameterTogetherAreAnInvalidRequest() throws IOException {
        String body = "name=Ada";
        Answer answer = send("POST /api/doctors?q=%FF HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        answer.expectProblem(400, "invalid-request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/users/%2F", "/api/users/%", "/api/users/a%00b", "/api/users/%FF", "/api/users?q=a|b",
            "/api/users?q=[1]", "/api/users?q={x}", "/api/users/a\\b"})
    void aRequestTargetThatTomcatRejectsIsABadRequestProblemWithoutInstance(String target) throws IOException {
        Answer answer = sendLine("GET " + target + " HTTP/1.1");

        answer.expectProblem(400, "invalid-request");
        assertThat(answer.json("$.detail")).isEqualTo("The request line or headers are malformed.");
        assertThat(answer.body).doesNotContain("\"instance\"");
    }

    @Test
    void aPathOfTenThousandCharactersIsAProblem() throws IOException {
        Answer answer = send("GET /api/users/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        answer.expectProblem(400, "invalid-request");
        assertThat(answer.body).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void aHeaderOverEightKilobytesIsAProblem() throws IOException {
        Answer answer = send("GET /api/users HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(9_000)
                + "\r\nConnection: close\r\n\r\n");

        answer.expectProblem(400, "invalid-request");
        assertThat(answer.body).doesNotContain("bbbbbbbbbb");
    }

    @Test
    void aRequestLineThatIsNotHttpIsAProblem() throws IOException {
        sendLine("GET /api/users HTTP/1.1 extra").expectProblem(400, "invalid-request");
    }

    @Test
    void aProtocolVersionTomcatDoesNotSpeakIsAProblemThatNamesThePlainPath() throws IOException {
        Answer answer = sendLine("GET /api/users HTTP/1.2").expectProblem(505, "internal-error");
        assertThat(answer.json("$.detail")).isEqualTo("HTTP Version not supported.");
        assertThat(answer.json("$.instance")).isEqualTo("/api/users");
    }

    @Test
    void anErrorSpringReportsKeepsItsOwnProblemOnTheRealPort() throws IOException {
        Answer notFound = sendLine("GET /api/nothing-here HTTP/1.1").expectProblem(404, "not-found");
        assertThat(notFound.json("$.instance")).isEqualTo("/api/nothing-here");
        assertThat(notFound.json("$.detail")).isNotEqualTo("The request line or headers are malformed.");

        assertThat(sendLine("PATCH /api/patients HTTP/1.1").expectProblem(405, "method-not-allowed").headers).containsKey("allow");
    }

    /** Sends {@code requestLine} with a Host and no body, as the administrator. */
    private Answer sendLine(String requestLine) throws IOException {
        return send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /**
     * Writes {@code request} as the administrator (an Authorization header after the request line), as it is otherwise
     * (ISO-8859-1, so each char is one byte), and reads the answer until the server closes.
     */
    private Answer send(String request) throws IOException {
        String authorized = request.replaceFirst("\r\n", "\r\nAuthorization: " + auth.adminBearer() + "\r\n");
        return send(authorized.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            byte[] raw = in.readAllBytes();
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer: %s", text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = at;
                while (chunked[lineEnd] != '\r') {
                    lineEnd++;
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
                if (size == 0) {
                    return out.toByteArray();
                }
                out.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        /** This answer is a problem of the status and type, in RFC 9457's shape, that betrays nothing; for more assertions. */
        Answer expectProblem(int expectedStatus, String type) {
            assertThat(status).as("status, answering %s", body).isEqualTo(expectedStatus);
            assertThat(headers.get("content-type")).as("content type, answering %s", body).startsWith("application/problem+json");
            assertThat(json("$.type")).isEqualTo("https://careshop.dev/problems/" + type);
            assertThat((Object) JsonPath.read(body, "$.status")).isEqualTo(expectedStatus);
            assertThat(json("$.title")).isNotBlank();
            assertThat(json("$.detail")).isNotBlank();
            assertThat(body).startsWith("{\"type\":").doesNotContain(LEAKS);
            assertThat(headers).doesNotContainKey("server");
            return this;
        }

        String json(String path) {
            return JsonPath.read(body, path);
        }
    }
}
