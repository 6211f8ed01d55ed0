package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ActiveRequest")
public record ActiveRequest(@Schema(example = "false") @NotNull Boolean active) {
}
