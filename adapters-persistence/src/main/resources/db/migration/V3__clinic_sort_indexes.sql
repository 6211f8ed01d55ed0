-- The clinic's lists sort by fields V1 did not index. As in the shop (V2), every whitelisted sort field gets an index,
-- so that a sorted first page of a large register is an index scan rather than a sort of the whole table.
-- (appointments.starts_at and status, patients.created_at are indexed since V1.)

CREATE INDEX ix_patients_name ON patients (name);
CREATE INDEX ix_patients_birth_date ON patients (birth_date);
CREATE INDEX ix_patients_updated_at ON patients (updated_at);

CREATE INDEX ix_doctors_name ON doctors (name);
CREATE INDEX ix_doctors_specialization_sort ON doctors (specialization);
CREATE INDEX ix_doctors_created_at ON doctors (created_at);
CREATE INDEX ix_doctors_updated_at ON doctors (updated_at);

CREATE INDEX ix_appointments_created_at ON appointments (created_at);
CREATE INDEX ix_appointments_updated_at ON appointments (updated_at);
