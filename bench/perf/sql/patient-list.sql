-- Mirrors GET /api/patients?size=20 as the service runs it: one transaction (a request without a body, see
-- RequestTransaction) with the token's user confirmed by primary key, then (ListPatientsService) the first page in
-- the default order (name, then id), the register's size for the page's total (the page is full; V7's triggers keep
-- it) and one PATIENT_LISTED entry per listed patient, written by one INSERT of 20 rows from an array
-- (PatientAccessLogPersistenceAdapter).
-- run.sh puts this run's values in place of :user and :page (the first page's 20 ids as a uuid[] literal) and drops
-- these comment lines.
BEGIN;
SELECT id, username, role FROM users WHERE id = :user AND active;
SELECT id, name, birth_date, gender, email, phone, created_at, updated_at, version FROM patients ORDER BY name, id LIMIT 20;
SELECT patient_count FROM patient_register_size;
INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
SELECT gen_random_uuid(), listed, :user, 'admin', 'ADMIN', 'PATIENT_LISTED', NULL, now()
  FROM unnest(CAST(:page AS uuid[])) AS listed;
COMMIT;
