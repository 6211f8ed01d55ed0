package dev.careshop.adapter.web.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a header line and rows as RFC 4180 CSV: comma-separated, CRLF after every line, a field quoted when it holds
 * a comma, a double quote or a line break, and a double quote inside it doubled.
 * <p>
 * Text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with a single quote, as OWASP advises against CSV injection: a category named {@code =HYPERLINK(...)} is
 * shown, not executed. Numbers are never altered.
 */
public final class Csv {

    private static final String LINE_BREAK = "\r\n";

    private Csv() {
    }

    public static String write(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        appendLine(csv, header);
        rows.forEach(row -> appendLine(csv, row));
        return csv.toString();
    }

    private static void appendLine(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(Csv::field).collect(Collectors.joining(","))).append(LINE_BREAK);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return quoted(defused(value.toString()));
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
