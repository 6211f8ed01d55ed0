-- The clinic: patients, doctors, appointments and the prescriptions written during them.
-- Rules the domain already checks are repeated here as the last line of defence (ARCHITECTURE.md, "validation in three places").

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE patients (
    id          uuid         PRIMARY KEY,
    name        varchar(100) NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    birth_date  date         NOT NULL CHECK (birth_date >= DATE '1900-01-01'),
    gender      varchar(7)   NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    email       varchar(254),
    phone       varchar(30),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);

-- The name filter is "contains, case-insensitive"; a trigram index keeps it fast on a large register.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_patients_name_trgm ON patients USING gin (lower(name) gin_trgm_ops);
CREATE INDEX ix_patients_gender ON patients (gender);
CREATE INDEX ix_patients_created_at ON patients (created_at);

CREATE TABLE doctors (
    id              uuid         PRIMARY KEY,
    name            varchar(100) NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    specialization  varchar(100) NOT NULL CHECK (length(btrim(specialization)) BETWEEN 1 AND 100),
    email           varchar(254),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);

CREATE UNIQUE INDEX uq_doctors_email ON doctors (lower(email));
CREATE INDEX ix_doctors_specialization ON doctors (lower(specialization));

CREATE TABLE appointments (
    id                uuid         PRIMARY KEY,
    patient_id        uuid         NOT NULL CONSTRAINT fk_appointments_patient REFERENCES patients (id) ON DELETE CASCADE,
    doctor_id         uuid         NOT NULL CONSTRAINT fk_appointments_doctor REFERENCES doctors (id) ON DELETE RESTRICT,
    starts_at         timestamptz  NOT NULL,
    -- Stored rather than computed: the exclusion constraint needs an immutable expression, and timestamptz + interval is not.
    ends_at           timestamptz  NOT NULL,
    duration_minutes  integer      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    reason            varchar(500),
    status            varchar(9)   NOT NULL CHECK (status IN ('BOOKED', 'ARRIVED', 'FULFILLED', 'CANCELLED', 'NOSHOW')),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL,
    CONSTRAINT ck_appointments_ends_after_duration CHECK (ends_at = starts_at + make_interval(mins => duration_minutes)),
    -- A doctor never has two appointments that are not cancelled and overlap, even when two bookings race.
    CONSTRAINT ex_appointments_doctor_overlap EXCLUDE USING gist (
        doctor_id WITH =,
        tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status <> 'CANCELLED')
);

-- The exclusion constraint's GiST index serves doctor_id look-ups; these serve the other filters, the patient's
-- history (newest first) and the cascade from patients.
CREATE INDEX ix_appointments_patient_starts ON appointments (patient_id, starts_at DESC);
CREATE INDEX ix_appointments_doctor_starts ON appointments (doctor_id, starts_at);
CREATE INDEX ix_appointments_starts_at ON appointments (starts_at);
CREATE INDEX ix_appointments_status ON appointments (status);

CREATE TABLE prescriptions (
    id              uuid          PRIMARY KEY,
    appointment_id  uuid          NOT NULL CONSTRAINT fk_prescriptions_appointment REFERENCES appointments (id) ON DELETE CASCADE,
    medicine_name   varchar(100)  NOT NULL CHECK (length(btrim(medicine_name)) BETWEEN 1 AND 100),
    dosage          varchar(50)   NOT NULL CHECK (length(btrim(dosage)) BETWEEN 1 AND 50),
    instructions    varchar(2000),
    created_at      timestamptz   NOT NULL
);

CREATE INDEX ix_prescriptions_appointment ON prescriptions (appointment_id, created_at);
