package dev.careshop.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class PrintableTextTest {

    @Test
    void namesAreJudgedAsTheFirewallsDefaultPatternJudgesThem() {
        assertSameVerdicts(PrintableText.NAMES, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
    }

    @Test
    void valuesAreJudgedAsTheFirewallsDefaultPatternJudgesThem() {
        assertSameVerdicts(PrintableText.VALUES, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    }

    @Test
    void aTabIsAllowedInAValueOnly() {
        assertThat(PrintableText.VALUES.test("a\tb")).isTrue();
        assertThat(PrintableText.NAMES.test("a\tb")).isFalse();
    }

    @Test
    void aControlCharacterAnywhereRefusesTheWholeText() {
        assertThat(PrintableText.VALUES.test("Bearer abc")).isTrue();
        assertThat(PrintableText.VALUES.test("Bearer abc\r\nX-Injected: 1")).isFalse();
        assertThat(PrintableText.VALUES.test("\u0000Bearer")).isFalse();
        assertThat(PrintableText.VALUES.test("Bearer\u007f")).isFalse();
    }

    private static void assertSameVerdicts(Predicate<String> fast, Predicate<String> pattern) {
        List<String> samples = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = new String(Character.toChars(codePoint));
            samples.add(alone);
            if (codePoint % 97 == 0) {
                samples.add("x" + alone + "y");
            }
        }
        // Lone and reversed surrogates, which no code point above produces.
        samples.add("\uD800");
        samples.add("a\uDC00b");
        samples.add("\uDC00\uD800");
        samples.add("");
        for (String sample : samples) {
            assertThat(fast.test(sample))
                    .as("%s", sample.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(pattern.test(sample));
        }
    }
}
