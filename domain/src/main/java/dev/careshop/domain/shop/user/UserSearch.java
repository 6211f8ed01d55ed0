package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.Text;

/**
 * Filters of the user list; {@code null} means "any". {@code q} matches when the username, the e-mail or the full
 * name contains it, ignoring case.
 */
public record UserSearch(Boolean active, String q) {

    public UserSearch {
        q = Text.filter("q", q);
    }
}
