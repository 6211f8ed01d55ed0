package dev.careshop.adapter.web.shared;

import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of a problem's {@code errors}: which input was wrong and why. */
public record FieldError(
        @Schema(example = "birthDate") String field,
        @Schema(example = "must not be in the future") String message) {
}
