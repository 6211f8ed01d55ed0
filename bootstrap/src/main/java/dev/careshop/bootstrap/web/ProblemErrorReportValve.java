package dev.careshop.bootstrap.web;

import dev.careshop.adapter.web.shared.ProblemType;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error nobody else answered: an RFC 9457 problem instead of Tomcat's HTML page.
 * <p>
 * Why a valve: some requests never reach Spring. Tomcat refuses a malformed request line, an invalid or undecodable
 * path ({@code %2F}, {@code %00}, {@code %FF}, a lone {@code %}), a character that must be encoded ({@code |},
 * {@code [}), a request line or header over {@code server.max-http-request-header-size} ... before any filter or
 * servlet runs, and then only the host's {@link ErrorReportValve} writes the answer. This subclass writes the same
 * problem shape as {@code ProblemDetailsAdvice}, so that every error of the API is {@code application/problem+json}:
 * {@code type} and {@code title} from {@link ProblemType#forStatus}, the status Tomcat chose (400, 417, 501, 505 ...).
 * <p>
 * It writes only where Tomcat's own valve would: a status of 400 or more, nothing written yet, the error not yet
 * reported, the connection still writable. Anything Spring answers (the advice's problems, {@code /error}) has already
 * written a body, so normal error handling is untouched. It never names the server, an exception or its message:
 * {@code detail} is generic. {@code instance} is the path only where the path cannot be what was wrong (any status but
 * 400, and made of plain characters); for a 400 the request line itself may be the fault, so it is left out.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String MALFORMED = "The request line or headers are malformed.";

    /** A path that can be repeated as it is: unreserved and sub-delimiter characters only, no escape, bounded. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9\\-._~/!$&'()*+,;=:@]{0,1999}");

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status, request.getRequestURI()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written: there is nobody left to tell.
        }
    }

    static String problem(int status, String path) {
        ProblemType type = ProblemType.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status == 400 ? MALFORMED : (known == null ? type.title() : known.getReasonPhrase()) + ".";
        StringBuilder json = new StringBuilder(256)
                .append("{\"type\":\"").append(type.type())
                .append("\",\"title\":\"").append(type.title())
                .append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(detail).append('"');
        if (status != 400 && path != null && PLAIN_PATH.matcher(path).matches()) {
            // Only characters that need no escaping in JSON, checked above.
            json.append(",\"instance\":\"").append(path).append('"');
        }
        return json.append('}').toString();
    }
}
