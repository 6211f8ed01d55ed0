package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.Text;

/** What a post says, trimmed and checked: a title of 1–200 characters and an optional body of up to 10,000. */
public record PostContent(String title, String body) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;

    public PostContent {
        title = Text.required("title", title, TITLE_MAX);
        body = Text.optional("body", body, BODY_MAX);
    }
}
