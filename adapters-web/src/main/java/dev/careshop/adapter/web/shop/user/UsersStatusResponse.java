package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "UsersStatusResult")
public record UsersStatusResponse(
        @Schema(example = "3", description = "how many users' flag changed; those already in the requested state are not counted") int updated) {
}
