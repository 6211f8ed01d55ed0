package dev.careshop.adapter.web.shop.user;

import dev.careshop.domain.shop.user.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A user as clients see it: never the password, never its hash. */
@Schema(name = "User")
public record UserResponse(
        @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID id,
        @Schema(example = "jane.doe") String username,
        @Schema(example = "jane.doe@example.org") String email,
        @Schema(example = "Jane Doe") String fullName,
        @Schema(example = "CUSTOMER") Role role,
        @Schema(example = "true") boolean active,
        @Schema(example = "2026-11-21T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-21T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {
}
