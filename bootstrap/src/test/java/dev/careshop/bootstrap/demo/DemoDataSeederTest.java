package dev.careshop.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careshop.application.data.port.in.CheckStoredDataUseCase;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** With the switch off, the start does not even look at the database (DemoDataTest runs it with the switch on). */
class DemoDataSeederTest {

    @Test
    void withTheSwitchOffTheStartLeavesTheDatabaseAlone() {
        CheckStoredDataUseCase noLook = () -> {
            throw new AssertionError("the seeder looked at the database with demo data off");
        };
        DemoDataSeeder seeder = new DemoDataSeeder(new DemoDataProperties(false), noLook, null, null, null,
                new SeedingClock(Clock.systemUTC()));

        assertThatCode(() -> seeder.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }
}
