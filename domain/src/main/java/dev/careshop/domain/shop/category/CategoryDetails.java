package dev.careshop.domain.shop.category;

import dev.careshop.domain.shared.Text;

/** Every field of a category that a client may set, trimmed and checked. */
public record CategoryDetails(String name, String description) {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    public CategoryDetails {
        name = Text.required("name", name, NAME_MAX);
        description = Text.optional("description", description, DESCRIPTION_MAX);
    }
}
