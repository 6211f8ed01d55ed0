package dev.careshop.adapter.web.shop.user;

import dev.careshop.domain.shop.user.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "RoleRequest")
public record RoleRequest(@Schema(example = "STAFF") @NotNull Role role) {
}
