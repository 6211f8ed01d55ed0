-- Mirrors GET /api/patients/{id} as the service runs it today: the token's user confirmed by primary key in a
-- transaction of its own (ConfirmActorService), then the patient read by primary key and its PATIENT_READ entry written
-- to the access trail in one transaction (GetPatientService). run.sh puts this run's values in place of :user and
-- :patient and drops these comment lines.
BEGIN;
SELECT id, username, role, active FROM users WHERE id = :user;
COMMIT;
BEGIN;
SELECT id, name, birth_date, gender, email, phone, created_at, updated_at, version FROM patients WHERE id = :patient;
INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
VALUES (gen_random_uuid(), :patient, :user, 'admin', 'ADMIN', 'PATIENT_READ', NULL, now());
COMMIT;
