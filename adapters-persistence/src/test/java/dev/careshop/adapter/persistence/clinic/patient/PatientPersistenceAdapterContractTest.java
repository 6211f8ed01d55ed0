package dev.careshop.adapter.persistence.clinic.patient;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.PatientRepositoryContract;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class PatientPersistenceAdapterContractTest extends PatientRepositoryContract {

    private final PatientRepository patients;
    private final AppointmentRepository appointments;
    private final DoctorRepository doctors;
    private final EntityManager entityManager;

    @Autowired
    PatientPersistenceAdapterContractTest(PatientRepository patients, AppointmentRepository appointments, DoctorRepository doctors,
                                          EntityManager entityManager) {
        this.patients = patients;
        this.appointments = appointments;
        this.doctors = doctors;
        this.entityManager = entityManager;
    }

    @Override
    protected PatientRepository patients() {
        return patients;
    }

    @Override
    protected AppointmentRepository appointments() {
        return appointments;
    }

    @Override
    protected DoctorRepository doctors() {
        return doctors;
    }

    @Override
    protected void nextUseCase() {
        entityManager.flush();
        entityManager.clear();
    }
}
