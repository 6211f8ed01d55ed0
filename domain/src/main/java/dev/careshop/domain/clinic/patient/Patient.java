package dev.careshop.domain.clinic.patient;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A person the clinic treats. */
public final class Patient {

    private final PatientId id;
    private PatientProfile profile;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Patient(PatientId id, PatientProfile profile, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Patient register(PatientProfile profile, Clock clock) {
        requireBornBy(profile, LocalDate.now(clock));
        Instant now = clock.instant();
        return new Patient(PatientId.newId(), profile, now, now, 0);
    }

    /** Rebuilds a patient from storage; no rule is checked again. */
    public static Patient rehydrate(PatientId id, PatientProfile profile, Instant createdAt, Instant updatedAt, long version) {
        return new Patient(id, profile, createdAt, updatedAt, version);
    }

    /** Replaces the profile; {@code expectedVersion}, when given, must be the current version. */
    public void update(PatientProfile newProfile, Long expectedVersion, Clock clock) {
        StaleVersionException.check("patient", id, expectedVersion, version);
        requireBornBy(newProfile, LocalDate.now(clock));
        this.profile = newProfile;
        this.updatedAt = clock.instant();
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(profile.birthDate(), day).getYears();
    }

    private static void requireBornBy(PatientProfile profile, LocalDate today) {
        if (profile.birthDate().isAfter(today)) {
            throw new InvalidValueException("birthDate", "birthDate must not be in the future");
        }
    }

    public PatientId getId() {
        return id;
    }

    public PatientProfile getProfile() {
        return profile;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
