package dev.careshop.application.shop.category.port.in;

import dev.careshop.domain.shop.category.CategoryDetails;
import java.util.Objects;

public record CreateCategoryCommand(CategoryDetails details) {

    public CreateCategoryCommand {
        Objects.requireNonNull(details, "details");
    }
}
