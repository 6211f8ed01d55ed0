package dev.careshop.adapter.web.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careshop.adapter.web.shared.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The user accounts counted: in all, by whether they may sign in, registered in the last 30 days, and by role. */
@Schema(name = "UserStatistics")
public record UserStatisticsResponse(
        @Schema(example = "1250") long totalUsers,
        @Schema(example = "1190") long activeUsers,
        @Schema(example = "60") long inactiveUsers,
        @Schema(description = "created within the last 30 days (a rolling window ending now)", example = "84") long registeredLast30Days,
        RoleCounts byRole) implements CsvTable {

    @Schema(name = "UserCountsByRole", description = "every role, 0 where nobody holds it")
    public record RoleCounts(
            @JsonProperty("CUSTOMER") @Schema(example = "1228") long customer,
            @JsonProperty("STAFF") @Schema(example = "19") long staff,
            @JsonProperty("ADMIN") @Schema(example = "3") long admin) {
    }

    @Override
    public String csvFileName() {
        return "user-statistics";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("totalUsers", "activeUsers", "inactiveUsers", "registeredLast30Days",
                "byRole.CUSTOMER", "byRole.STAFF", "byRole.ADMIN");
    }

    @Override
    public List<List<?>> csvRows() {
        return List.of(List.of(totalUsers, activeUsers, inactiveUsers, registeredLast30Days,
                byRole.customer(), byRole.staff(), byRole.admin()));
    }
}
