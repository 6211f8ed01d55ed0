-- Mirrors GET /api/patients?size=20 as the service runs it today: the token's user confirmed by primary key in a
-- transaction of its own (ConfirmActorService), then in one transaction (ListPatientsService) the first page in the
-- default order (name, then id), the count for the page's total (the page is full) and one PATIENT_LISTED entry per
-- listed patient, written by one INSERT of 20 rows from an array (as PatientAccessLogPersistenceAdapter writes them
-- since commit 4a02e36; before, they went as one JDBC batch of 20 INSERTs).
-- run.sh puts this run's values in place of :user and :page (the first page's 20 ids as a uuid[] literal) and drops
-- these comment lines.
BEGIN;
SELECT id, username, role, active FROM users WHERE id = :user;
COMMIT;
BEGIN;
SELECT id, name, birth_date, gender, email, phone, created_at, updated_at, version FROM patients ORDER BY name, id LIMIT 20;
SELECT count(*) FROM patients;
INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
SELECT gen_random_uuid(), listed, :user, 'admin', 'ADMIN', 'PATIENT_LISTED', NULL, now()
  FROM unnest(CAST(:page AS uuid[])) AS listed;
COMMIT;
