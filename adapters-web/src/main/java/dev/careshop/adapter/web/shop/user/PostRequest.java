package dev.careshop.adapter.web.shop.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "PostRequest")
public record PostRequest(
        @Schema(example = "Which vitamin D dose in winter?", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(example = "My pharmacist suggested 1000 IU a day.", nullable = true, maxLength = 10000) @Size(max = 10_000) String body) {
}
