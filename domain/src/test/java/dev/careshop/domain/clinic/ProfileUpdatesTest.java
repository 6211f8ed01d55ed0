package dev.careshop.domain.clinic;

import static dev.careshop.domain.shared.TestClock.CLOCK;
import static dev.careshop.domain.shared.TestClock.LATER;
import static dev.careshop.domain.shared.TestClock.LATER_CLOCK;
import static dev.careshop.domain.shared.TestClock.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules a doctor and a patient share as aggregates whose whole profile is replaced: registering keeps the profile,
 * stamps both times with the clock, starts at version 0 and assigns a time-ordered id; a missing profile is refused;
 * rehydrating keeps every stored value; and an update replaces the profile, moves only {@code updatedAt} (the version is the store's to bump), and
 * checks the expected version when there is one. One row per aggregate; what is a patient's own (the birth date against
 * the clock) is in {@code PatientTest}.
 */
class ProfileUpdatesTest {

    private static final long STORED_VERSION = 2;

    private static final DoctorProfile HOUSE = new DoctorProfile("Gregory House", "Nephrology", new EmailAddress("house@example.com"));
    private static final DoctorProfile HOUSE_NEW = new DoctorProfile("Gregory House", "Diagnostic medicine", null);
    private static final PatientProfile ADA = new PatientProfile("Ada Lovelace", LocalDate.of(1985, 12, 10), Gender.FEMALE,
            new EmailAddress("ada@example.com"), null);
    private static final PatientProfile ADA_NEW = new PatientProfile("Ada King", LocalDate.of(1985, 12, 10), Gender.FEMALE,
            null, "+44 20 7946 0000");

    /** What the rules read of a doctor or a patient; the id is its UUID. */
    record State(UUID id, Object profile, Instant createdAt, Instant updatedAt, long version) {
    }

    /** One doctor or patient: its state, its update to the row's new profile, and an update with no profile. */
    record Stored(Supplier<State> state, Updater updateToNewProfile, Updater updateWithoutProfile) {
    }

    @FunctionalInterface
    interface Updater {
        void update(Long expectedVersion, Clock clock);
    }

    /** An aggregate of the row's kind rehydrated with the row's first profile. */
    @FunctionalInterface
    interface Rehydrate {
        Stored rehydrate(UUID id, Instant createdAt, Instant updatedAt, long version);
    }

    /**
     * @param registered an aggregate of the row's kind registered with the row's first profile
     * @param registeredWithoutProfile registering one of the row's kind with no profile
     */
    record Kind(Object profile, Object newProfile, Function<Clock, Stored> registered, Rehydrate rehydrated,
            Consumer<Clock> registeredWithoutProfile) {
    }

    static Stream<Named<Kind>> kinds() {
        return Stream.of(
                named("doctor", new Kind(HOUSE, HOUSE_NEW, clock -> doctor(Doctor.register(HOUSE, clock)),
                        (id, createdAt, updatedAt, version) -> doctor(Doctor.rehydrate(new DoctorId(id), HOUSE, createdAt, updatedAt, version)),
                        clock -> Doctor.register(null, clock))),
                named("patient", new Kind(ADA, ADA_NEW, clock -> patient(Patient.register(ADA, clock)),
                        (id, createdAt, updatedAt, version) -> patient(Patient.rehydrate(new PatientId(id), ADA, createdAt, updatedAt, version)),
                        clock -> Patient.register(null, clock))));
    }

    private static Stored doctor(Doctor d) {
        return new Stored(() -> new State(d.getId().value(), d.getProfile(), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion()),
                (expectedVersion, clock) -> d.update(HOUSE_NEW, expectedVersion, clock),
                (expectedVersion, clock) -> d.update(null, expectedVersion, clock));
    }

    private final UUID id = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void registeringKeepsTheProfileStampsBothTimesWithTheClockAndStartsAtVersionZero(Kind kind) {
        State registered = kind.registered().apply(CLOCK).state().get();

        assertThat(registered).isEqualTo(new State(registered.id(), kind.profile(), NOW, NOW, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void registeringAssignsATimeOrderedIdOfItsOwn(Kind kind) {
        UUID first = kind.registered().apply(CLOCK).state().get().id();
        UUID second = kind.registered().apply(CLOCK).state().get().id();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void rehydratingKeepsEveryStoredValue(Kind kind) {
        Stored stored = kind.rehydrated().rehydrate(id, NOW, LATER, 7);

        assertThat(stored.state().get()).isEqualTo(new State(id, kind.profile(), NOW, LATER, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anUpdateReplacesTheProfileMovesUpdatedAtAndKeepsIdCreatedAtAndVersion(Kind kind) {
        Stored stored = kind.rehydrated().rehydrate(id, NOW, NOW, STORED_VERSION);

        stored.updateToNewProfile().update(STORED_VERSION, LATER_CLOCK);

        assertThat(stored.state().get()).isEqualTo(new State(id, kind.newProfile(), NOW, LATER, STORED_VERSION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aWrongExpectedVersionIsStaleAndChangesNothing(Kind kind) {
        Stored stored = kind.rehydrated().rehydrate(id, NOW, NOW, STORED_VERSION);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> stored.updateToNewProfile().update(STORED_VERSION - 1, LATER_CLOCK));
        assertThat(stored.state().get()).isEqualTo(new State(id, kind.profile(), NOW, NOW, STORED_VERSION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void withoutAnExpectedVersionTheVersionIsNotChecked(Kind kind) {
        Stored stored = kind.rehydrated().rehydrate(id, NOW, NOW, STORED_VERSION);

        stored.updateToNewProfile().update(null, LATER_CLOCK);

        assertThat(stored.state().get().profile()).isEqualTo(kind.newProfile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aMissingProfileIsRefusedOnRegisterAndOnUpdateWhichThenChangesNothing(Kind kind) {
        Stored stored = kind.rehydrated().rehydrate(id, NOW, NOW, STORED_VERSION);

        assertThatNullPointerException().isThrownBy(() -> kind.registeredWithoutProfile().accept(CLOCK));
        assertThatNullPointerException().isThrownBy(() -> stored.updateWithoutProfile().update(null, LATER_CLOCK));
        assertThat(stored.state().get()).isEqualTo(new State(id, kind.profile(), NOW, NOW, STORED_VERSION));
    }

    private static Stored patient(Patient p) {
        return new Stored(() -> new State(p.getId().value(), p.getProfile(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion()),
                (expectedVersion, clock) -> p.update(ADA_NEW, expectedVersion, clock),
                (expectedVersion, clock) -> p.update(null, expectedVersion, clock));
    }
}
