package dev.careshop.adapter.web.shared;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The servlet container could not read the request's parameters (Servlet 6.1: {@code getParameter*} throws an
 * {@link IllegalStateException}), most often because the query string is not percent-encoded UTF-8. Carries only the
 * names of the parameters to blame, never their raw bytes; see {@link RequestParametersFilter}.
 */
final class UnreadableParametersException extends RuntimeException {

    /** A parameter name the problem may repeat: anything else (or a name that is itself undecodable) is "query". */
    private static final Pattern PRINTABLE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private final transient List<String> parameters;

    private UnreadableParametersException(List<String> parameters) {
        super("Unreadable request parameters " + parameters, null, false, false);
        this.parameters = parameters;
    }

    /**
     * Names the parameters of {@code queryString} that do not decode as percent-encoded UTF-8 (the rules of
     * {@code application/x-www-form-urlencoded}). Empty if the query string looks fine, e.g. when the container
     * refused the parameters for another reason such as their number.
     */
    static UnreadableParametersException of(String queryString) {
        Set<String> names = new LinkedHashSet<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                boolean valueReadable = equals < 0 || decode(pair.substring(equals + 1)) != null;
                if (name == null || !valueReadable) {
                    names.add(name != null && PRINTABLE_NAME.matcher(name).matches() ? name : "query");
                }
            }
        }
        return new UnreadableParametersException(List.copyOf(names));
    }

    List<String> parameters() {
        return parameters;
    }

    /** The decoded text, or null if it holds a broken escape or bytes that are not UTF-8. */
    private static String decode(String encoded) {
        try {
            // The container hands the raw query over one char per byte; decoding the escapes as ISO-8859-1 keeps the
            // bytes as they are, so that UTF-8 can then be checked strictly (URLDecoder alone would substitute '?').
            byte[] bytes = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
