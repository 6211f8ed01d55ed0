package dev.careshop.bootstrap.config;

import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.application.clinic.appointment.service.BookAppointmentService;
import dev.careshop.application.clinic.appointment.service.ChangeAppointmentStatusService;
import dev.careshop.application.clinic.appointment.service.DeleteAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetPrescriptionService;
import dev.careshop.application.clinic.appointment.service.ListAppointmentsService;
import dev.careshop.application.clinic.appointment.service.RemovePrescriptionService;
import dev.careshop.application.clinic.appointment.service.WritePrescriptionService;
import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.GetDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.ListDoctorsUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.application.clinic.doctor.service.DeleteDoctorService;
import dev.careshop.application.clinic.doctor.service.GetDoctorService;
import dev.careshop.application.clinic.doctor.service.ListDoctorsService;
import dev.careshop.application.clinic.doctor.service.RegisterDoctorService;
import dev.careshop.application.clinic.doctor.service.UpdateDoctorService;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;
import dev.careshop.application.clinic.patient.service.DeletePatientService;
import dev.careshop.application.clinic.patient.service.GetPatientHistoryService;
import dev.careshop.application.clinic.patient.service.GetPatientService;
import dev.careshop.application.clinic.patient.service.ListPatientsService;
import dev.careshop.application.clinic.patient.service.RegisterPatientService;
import dev.careshop.application.clinic.patient.service.UpdatePatientService;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic's use cases, each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ClinicUseCaseConfiguration {

    // Patients

    @Bean
    RegisterPatientUseCase registerPatientUseCase(PatientRepository patients, Clock clock) {
        return new RegisterPatientService(patients, clock);
    }

    @Bean
    UpdatePatientUseCase updatePatientUseCase(PatientRepository patients, Clock clock) {
        return new UpdatePatientService(patients, clock);
    }

    @Bean
    DeletePatientUseCase deletePatientUseCase(PatientRepository patients) {
        return new DeletePatientService(patients);
    }

    @Bean
    GetPatientUseCase getPatientUseCase(PatientRepository patients) {
        return new GetPatientService(patients);
    }

    @Bean
    ListPatientsUseCase listPatientsUseCase(PatientRepository patients) {
        return new ListPatientsService(patients);
    }

    @Bean
    GetPatientHistoryUseCase getPatientHistoryUseCase(PatientHistoryQuery historyQuery) {
        return new GetPatientHistoryService(historyQuery);
    }

    // Doctors

    @Bean
    RegisterDoctorUseCase registerDoctorUseCase(DoctorRepository doctors, Clock clock) {
        return new RegisterDoctorService(doctors, clock);
    }

    @Bean
    UpdateDoctorUseCase updateDoctorUseCase(DoctorRepository doctors, Clock clock) {
        return new UpdateDoctorService(doctors, clock);
    }

    @Bean
    DeleteDoctorUseCase deleteDoctorUseCase(DoctorRepository doctors, AppointmentRepository appointments) {
        return new DeleteDoctorService(doctors, appointments);
    }

    @Bean
    GetDoctorUseCase getDoctorUseCase(DoctorRepository doctors) {
        return new GetDoctorService(doctors);
    }

    @Bean
    ListDoctorsUseCase listDoctorsUseCase(DoctorRepository doctors) {
        return new ListDoctorsService(doctors);
    }

    // Appointments and prescriptions

    @Bean
    BookAppointmentUseCase bookAppointmentUseCase(AppointmentRepository appointments, PatientRepository patients,
                                                  DoctorRepository doctors, Clock clock) {
        return new BookAppointmentService(appointments, patients, doctors, clock);
    }

    @Bean
    GetAppointmentUseCase getAppointmentUseCase(AppointmentRepository appointments) {
        return new GetAppointmentService(appointments);
    }

    @Bean
    ListAppointmentsUseCase listAppointmentsUseCase(AppointmentRepository appointments) {
        return new ListAppointmentsService(appointments);
    }

    @Bean
    DeleteAppointmentUseCase deleteAppointmentUseCase(AppointmentRepository appointments) {
        return new DeleteAppointmentService(appointments);
    }

    @Bean
    ChangeAppointmentStatusUseCase changeAppointmentStatusUseCase(AppointmentRepository appointments, Clock clock) {
        return new ChangeAppointmentStatusService(appointments, clock);
    }

    @Bean
    WritePrescriptionUseCase writePrescriptionUseCase(AppointmentRepository appointments, Clock clock) {
        return new WritePrescriptionService(appointments, clock);
    }

    @Bean
    GetPrescriptionUseCase getPrescriptionUseCase(AppointmentRepository appointments) {
        return new GetPrescriptionService(appointments);
    }

    @Bean
    RemovePrescriptionUseCase removePrescriptionUseCase(AppointmentRepository appointments, Clock clock) {
        return new RemovePrescriptionService(appointments, clock);
    }
}
