package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostContentTest {

    @Test
    void trimsTitleAndBody() {
        PostContent content = new PostContent("  Hello  ", "  World  ");

        assertThat(content.title()).isEqualTo("Hello");
        assertThat(content.body()).isEqualTo("World");
    }

    @Test
    void bodyIsOptionalAndBlankMeansNone() {
        assertThat(new PostContent("Title", null).body()).isNull();
        assertThat(new PostContent("Title", "   ").body()).isNull();
    }

    @Test
    void titleIsOneToTwoHundredCharacters() {
        assertThat(new PostContent("t", null).title()).isEqualTo("t");
        assertThat(new PostContent("t".repeat(200), null).title()).hasSize(200);
        assertInvalid("title", () -> new PostContent("t".repeat(201), null));
        assertInvalid("title", () -> new PostContent("   ", null));
        assertInvalid("title", () -> new PostContent(null, "body"));
    }

    @Test
    void bodyIsAtMostTenThousandCharacters() {
        assertThat(new PostContent("t", "b".repeat(10_000)).body()).hasSize(10_000);
        assertInvalid("body", () -> new PostContent("t", "b".repeat(10_001)));
    }
}
