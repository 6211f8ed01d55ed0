-- Benchmark data for the load benchmark (bench/perf/run.sh): the clinic with 10,000 patients, 20 doctors, 30,000
-- appointments (3 per patient, never overlapping per doctor) and one prescription each; the shop with 20,000 users,
-- 30 categories, 10,000 products (5 % withdrawn), 100,000 orders over the last 24 months in every status and 300,000
-- order lines (3 per order, ../shop-seed.sql). Written straight into the tables the service migrated.
\set ON_ERROR_STOP on
BEGIN;

-- Clinic ------------------------------------------------------------------------------------------------------------

CREATE TEMP TABLE bench_patients AS
SELECT i AS n, gen_random_uuid() AS id FROM generate_series(0, 9999) AS i;
CREATE INDEX ON bench_patients (n);
-- Names are not in insertion order, so the list's ORDER BY name, id reads a real index order.
INSERT INTO patients (id, name, birth_date, gender, email, phone, created_at, updated_at, version)
SELECT p.id,
       (ARRAY['Ada', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas',
              'Karin', 'Lars', 'Mia', 'Nils', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tina', 'Uwe'])[1 + p.n % 20]
       || ' ' ||
       (ARRAY['Adler', 'Becker', 'Chen', 'Dietrich', 'Engel', 'Fischer', 'Garcia', 'Hoffmann', 'Ivanova', 'Jansen',
              'Keller', 'Lange', 'Meyer', 'Nowak', 'Otto', 'Peters', 'Quint', 'Richter', 'Schmidt', 'Tanaka',
              'Ulrich', 'Vogel', 'Weber', 'Xu', 'Zimmer'])[1 + (p.n * 7) % 25]
       || ' ' || p.n,
       DATE '1935-01-01' + (p.n * 37) % 32000,
       (ARRAY['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'])[1 + p.n % 4],
       CASE WHEN p.n % 10 <> 0 THEN 'patient' || p.n || '@example.org' END,
       CASE WHEN p.n % 3 <> 0 THEN '+49 30 ' || (1000000 + p.n) END,
       now() - (p.n % 1000) * interval '1 day', now(), 0
  FROM bench_patients p;

CREATE TEMP TABLE bench_doctors AS
SELECT i AS n, gen_random_uuid() AS id FROM generate_series(0, 19) AS i;
INSERT INTO doctors (id, name, specialization, email, created_at, updated_at, version)
SELECT id, 'Bench Doctor ' || n,
       (ARRAY['General practice', 'Cardiology', 'Dermatology', 'Paediatrics', 'Neurology'])[1 + n % 5],
       'doctor' || n || '@example.org', now(), now(), 0
  FROM bench_doctors;

-- Appointment k (0 to 29,999) is patient k % 10,000's (so 3 each) with doctor k % 20, in that doctor's slot k / 20:
-- 16 half-hour slots a day from 08:00, 94 days from about seven weeks ago. 15 or 30 minutes long, so one doctor's
-- appointments never overlap (ex_appointments_doctor_overlap); past ones fulfilled, no-show or cancelled, future ones
-- booked or cancelled.
CREATE TEMP TABLE bench_appointments AS
SELECT k, gen_random_uuid() AS id, k % 10000 AS patient_n, k % 20 AS doctor_n,
       date_trunc('day', now()) - interval '47 days' + ((k / 20) / 16) * interval '1 day'
           + interval '8 hours' + ((k / 20) % 16) * interval '30 minutes' AS starts_at,
       CASE WHEN k % 2 = 0 THEN 30 ELSE 15 END AS duration_minutes
  FROM generate_series(0, 29999) AS k;

INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at, duration_minutes, reason, status,
                          created_at, updated_at, version)
SELECT a.id, p.id, d.id, a.starts_at, a.starts_at + make_interval(mins => a.duration_minutes), a.duration_minutes,
       (ARRAY['Check-up', 'Cough', 'Back pain', 'Follow-up', 'Vaccination', 'Headache'])[1 + a.k % 6],
       CASE WHEN a.k % 10 = 0 THEN 'CANCELLED'
            WHEN a.starts_at >= now() THEN 'BOOKED'
            WHEN a.k % 10 = 1 THEN 'NOSHOW'
            ELSE 'FULFILLED' END,
       a.starts_at - interval '14 days', a.starts_at - interval '14 days', 0
  FROM bench_appointments a
  JOIN bench_patients p ON p.n = a.patient_n
  JOIN bench_doctors d ON d.n = a.doctor_n;

INSERT INTO prescriptions (id, appointment_id, medicine_name, dosage, instructions, created_at)
SELECT gen_random_uuid(), a.id,
       (ARRAY['Amoxicillin', 'Ibuprofen', 'Paracetamol', 'Omeprazole', 'Metformin', 'Salbutamol'])[1 + a.k % 6],
       (ARRAY['500 mg three times a day', '400 mg as needed', '1 g up to four times a day', '20 mg daily'])[1 + a.k % 4],
       CASE WHEN a.k % 2 = 0 THEN '7 days' END,
       a.starts_at + interval '10 minutes'
  FROM bench_appointments a;

-- Shop ---------------------------------------------------------------------------------------------------------------

\set products 10000
\set uncategorised_every 0
\ir ../shop-seed.sql

COMMIT;
VACUUM ANALYZE;
