package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import java.util.Objects;

/** Replace a category's details; {@code expectedVersion} (from {@code If-Match}) is optional. */
public record UpdateCategoryCommand(CategoryId id, CategoryDetails details, Long expectedVersion) {

    public UpdateCategoryCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }
}
