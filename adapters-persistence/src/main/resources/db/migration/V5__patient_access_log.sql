-- The audit trail of patient-record access: one row for every read or change of a patient's data (the patient, their
-- history, appointments and prescriptions), written by the use case in its own transaction.
--
-- No foreign keys, deliberately: the trail must outlive what it describes. Deleting a patient cascades to their
-- appointments and prescriptions, and users can be deleted; a foreign key would either delete the trail with them or
-- forbid the deletion. So patient_id, actor_id and resource_id are plain values, and the actor's username and role are
-- copied as they were at the time of access.

CREATE TABLE patient_access_log (
    id              uuid         PRIMARY KEY,
    patient_id      uuid         NOT NULL,
    actor_id        uuid         NOT NULL,
    actor_username  varchar(50)  NOT NULL,
    actor_role      varchar(8)   NOT NULL,
    action          varchar(40)  NOT NULL,
    -- The appointment or prescription concerned; NULL when the access was to the patient or their whole history.
    resource_id     uuid         NULL,
    occurred_at     timestamptz  NOT NULL,
    CONSTRAINT ck_patient_access_log_action CHECK (action IN (
        'PATIENT_CREATED', 'PATIENT_READ', 'PATIENT_LISTED', 'PATIENT_UPDATED', 'PATIENT_DELETED', 'HISTORY_READ',
        'APPOINTMENT_BOOKED', 'APPOINTMENT_READ', 'APPOINTMENT_LISTED', 'APPOINTMENT_STATUS_CHANGED',
        'APPOINTMENT_DELETED', 'PRESCRIPTION_WRITTEN', 'PRESCRIPTION_READ', 'PRESCRIPTION_REMOVED'))
);

-- "A patient's trail, newest first" is the one question asked of this table (GET /api/patients/{id}/access-log);
-- the id breaks ties between entries of the same instant, as the endpoint's order does.
CREATE INDEX ix_patient_access_log_patient_occurred ON patient_access_log (patient_id, occurred_at DESC, id DESC);
