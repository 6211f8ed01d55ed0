-- Mirrors GET /api/patients/{id} as the service runs it: one transaction (a request without a body, see
-- RequestTransaction) with the token's user confirmed by primary key (LoadActorPort), the patient read by primary key
-- and its PATIENT_READ entry written to the access trail (GetPatientService). run.sh puts this run's values in place
-- of :user and :patient and drops these comment lines.
BEGIN;
SELECT id, username, role FROM users WHERE id = :user AND active;
SELECT id, name, birth_date, gender, email, phone, created_at, updated_at, version FROM patients WHERE id = :patient;
INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
VALUES (gen_random_uuid(), :patient, :user, 'admin', 'ADMIN', 'PATIENT_READ', NULL, now());
COMMIT;
