package dev.careshop.application.clinic.fakes;

import dev.careshop.application.contract.PatientRepositoryContract;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;

class InMemoryPatientRepositoryContractTest extends PatientRepositoryContract {

    private final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    private final InMemoryPatientRepository patients = new InMemoryPatientRepository(appointments);
    private final InMemoryDoctorRepository doctors = new InMemoryDoctorRepository(appointments);

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
}
