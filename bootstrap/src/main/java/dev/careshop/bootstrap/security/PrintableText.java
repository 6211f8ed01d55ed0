package dev.careshop.bootstrap.security;

import java.util.function.Predicate;

/**
 * The firewall's rule for header names, header values and parameter names — every code point assigned in Unicode and
 * no control character (a header value may also hold a tab) — as a loop instead of the regular expressions
 * {@code StrictHttpFirewall} matches by default. The firewall checks every header each time it is read, the bearer
 * token's few hundred characters among them; printable ASCII, nearly all of what it sees, is accepted by a range
 * check, and only other characters ask {@link Character#getType(int)}. It accepts and refuses exactly what the default
 * patterns do (PrintableTextTest compares them over every code point).
 */
final class PrintableText implements Predicate<String> {

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, the default for header and parameter names. */
    static final PrintableText NAMES = new PrintableText(false);

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, the default for header values. */
    static final PrintableText VALUES = new PrintableText(true);

    private final boolean tabAllowed;

    private PrintableText(boolean tabAllowed) {
        this.tabAllowed = tabAllowed;
    }

    @Override
    public boolean test(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~') {
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!isAllowed(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return true;
    }

    private boolean isAllowed(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.UNASSIGNED && (type != Character.CONTROL || (tabAllowed && codePoint == '\t'));
    }
}
