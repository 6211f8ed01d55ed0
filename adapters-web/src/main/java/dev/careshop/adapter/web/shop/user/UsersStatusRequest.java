package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Body of the bulk status change: 1–1000 distinct user ids, all of which must exist. */
@Schema(name = "UsersStatusRequest")
public record UsersStatusRequest(
        @ArraySchema(schema = @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f"), minItems = 1, maxItems = 1000, uniqueItems = true)
        @NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> ids,
        @Schema(example = "false") @NotNull Boolean active) {
}
