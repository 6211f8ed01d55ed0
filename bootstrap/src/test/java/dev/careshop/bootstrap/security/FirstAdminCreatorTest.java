package dev.careshop.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.careshop.application.shop.user.port.in.CreateFirstAdminCommand;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import dev.careshop.domain.shared.DuplicateValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The start-up step: creates the first administrator from the configured password, or says how to; never logs it. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminCreatorTest {

    private static final String PASSWORD = "First-Admin-Password-Never-Logged";

    /** The use case, answering as told and remembering what it was asked to create. */
    private static final class FakeCreateFirstAdmin implements CreateFirstAdminUseCase {

        private final boolean adminExists;
        private final RuntimeException failure;
        private final List<CreateFirstAdminCommand> asked = new ArrayList<>();

        FakeCreateFirstAdmin(boolean adminExists, RuntimeException failure) {
            this.adminExists = adminExists;
            this.failure = failure;
        }

        @Override
        public boolean adminExists() {
            return adminExists;
        }

        @Override
        public FirstAdminOutcome createIfNoAdmin(CreateFirstAdminCommand command) {
            asked.add(command);
            if (failure != null) {
                throw failure;
            }
            return adminExists ? FirstAdminOutcome.ADMIN_EXISTS : FirstAdminOutcome.CREATED;
        }
    }

    private static void start(FakeCreateFirstAdmin useCase, String password) {
        new FirstAdminCreator(useCase, new FirstAdminProperties("admin", "admin@careshop.invalid", password))
                .afterSingletonsInstantiated();
    }

    @Test
    void withAPasswordAndNoAdministratorItCreatesUserAdminAndSaysSoWithoutThePassword(CapturedOutput output) {
        FakeCreateFirstAdmin useCase = new FakeCreateFirstAdmin(false, null);

        start(useCase, PASSWORD);

        assertThat(useCase.asked).singleElement().satisfies(command -> {
            assertThat(command.profile().username().value()).isEqualTo("admin");
            assertThat(command.password().value()).isEqualTo(PASSWORD);
        });
        assertThat(output.getAll()).contains("Created the first administrator, user 'admin'").doesNotContain(PASSWORD);
    }

    @Test
    void withAPasswordAndAnAdministratorNothingIsCreatedOrLogged(CapturedOutput output) {
        start(new FakeCreateFirstAdmin(true, null), PASSWORD);

        assertThat(output.getAll()).doesNotContain("administrator").doesNotContain(PASSWORD);
    }

    @Test
    void withoutAPasswordAndWithoutAnAdministratorItCreatesNobodyAndSaysHowTo(CapturedOutput output) {
        FakeCreateFirstAdmin useCase = new FakeCreateFirstAdmin(false, null);

        start(useCase, null);
        start(useCase, "");

        assertThat(useCase.asked).isEmpty();
        assertThat(output.getAll()).contains("WARN").contains("Set CARESHOP_BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void withoutAPasswordButWithAnAdministratorItStaysQuiet(CapturedOutput output) {
        start(new FakeCreateFirstAdmin(true, null), null);

        assertThat(output.getAll()).doesNotContain("CARESHOP_BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void aTakenNameIsReportedAndTheStartGoesOnWithoutPromotingAnyone(CapturedOutput output) {
        start(new FakeCreateFirstAdmin(false, new DuplicateValueException("username", "taken")), PASSWORD);

        assertThat(output.getAll()).contains("No administrator was created").contains("not promoted").doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordThatBreaksThePasswordRulesStopsTheStartNamingTheRuleNotThePassword(CapturedOutput output) {
        FakeCreateFirstAdmin useCase = new FakeCreateFirstAdmin(false, null);

        Throwable failure = catchThrowable(() -> start(useCase, "short7!"));

        assertThat(failure).hasMessageContaining("CARESHOP_BOOTSTRAP_ADMIN_PASSWORD").hasMessageContaining("between 8 and 128")
                .hasMessageNotContaining("short7!");
        assertThat(useCase.asked).isEmpty();
        assertThat(output.getAll()).doesNotContain("short7!");
    }
}
