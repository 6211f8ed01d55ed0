package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** A doctor who sees patients. The e-mail, when present, is unique among doctors (the database guards it). */
public final class Doctor {

    private final DoctorId id;
    private DoctorProfile profile;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Doctor(DoctorId id, DoctorProfile profile, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Doctor register(DoctorProfile profile, Clock clock) {
        Instant now = clock.instant();
        return new Doctor(DoctorId.newId(), profile, now, now, 0);
    }

    /** Rebuilds a doctor from storage; no rule is checked again. */
    public static Doctor rehydrate(DoctorId id, DoctorProfile profile, Instant createdAt, Instant updatedAt, long version) {
        return new Doctor(id, profile, createdAt, updatedAt, version);
    }

    /** Replaces the profile; {@code expectedVersion}, when given, must be the current version. */
    public void update(DoctorProfile newProfile, Long expectedVersion, Clock clock) {
        StaleVersionException.check("doctor", id, expectedVersion, version);
        this.profile = Objects.requireNonNull(newProfile, "newProfile");
        this.updatedAt = clock.instant();
    }

    public DoctorId getId() {
        return id;
    }

    public DoctorProfile getProfile() {
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
