package dev.careshop.bootstrap.config;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.ListPatientAccessLogUseCase;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.application.clinic.access.service.ListPatientAccessLogService;
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
import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic's use cases, each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ClinicUseCaseConfiguration {

    // The patient access trail: every use case that reads or changes a patient's data records through this one.

    @Bean
    PatientAccessRecorder patientAccessRecorder(PatientAccessLogPort accessLog, CurrentActorPort currentActor, Clock clock) {
        return new PatientAccessRecorder(accessLog, currentActor, clock);
    }

    @Bean
    ListPatientAccessLogUseCase listPatientAccessLogUseCase(PatientAccessLogPort accessLog, PatientRepository patients) {
        return new ListPatientAccessLogService(accessLog, patients);
    }

    // Patients

    @Bean
    RegisterPatientUseCase registerPatientUseCase(PatientRepository patients, Clock clock, PatientAccessRecorder accessLog) {
        return new RegisterPatientService(patients, clock, accessLog);
    }

    @Bean
    UpdatePatientUseCase updatePatientUseCase(PatientRepository patients, Clock clock, PatientAccessRecorder accessLog) {
        return new UpdatePatientService(patients, clock, accessLog);
    }

    @Bean
    DeletePatientUseCase deletePatientUseCase(PatientRepository patients, PatientAccessRecorder accessLog) {
        return new DeletePatientService(patients, accessLog);
    }

    @Bean
    GetPatientUseCase getPatientUseCase(PatientRepository patients, PatientAccessRecorder accessLog) {
        return new GetPatientService(patients, accessLog);
    }

    @Bean
    ListPatientsUseCase listPatientsUseCase(PatientRepository patients, PatientAccessRecorder accessLog) {
        return new ListPatientsService(patients, accessLog);
    }

    @Bean
    GetPatientHistoryUseCase getPatientHistoryUseCase(PatientHistoryQuery historyQuery, PatientAccessRecorder accessLog) {
        return new GetPatientHistoryService(historyQuery, accessLog);
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
                                                  DoctorRepository doctors, Clock clock, PatientAccessRecorder accessLog,
                                                  AppendEventsPort events) {
        return new BookAppointmentService(appointments, patients, doctors, clock, accessLog, events);
    }

    @Bean
    GetAppointmentUseCase getAppointmentUseCase(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        return new GetAppointmentService(appointments, accessLog);
    }

    @Bean
    ListAppointmentsUseCase listAppointmentsUseCase(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        return new ListAppointmentsService(appointments, accessLog);
    }

    @Bean
    DeleteAppointmentUseCase deleteAppointmentUseCase(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        return new DeleteAppointmentService(appointments, accessLog);
    }

    @Bean
    ChangeAppointmentStatusUseCase changeAppointmentStatusUseCase(AppointmentRepository appointments, Clock clock,
                                                                  PatientAccessRecorder accessLog,
                                                                  AppendEventsPort events) {
        return new ChangeAppointmentStatusService(appointments, clock, accessLog, events);
    }

    @Bean
    WritePrescriptionUseCase writePrescriptionUseCase(AppointmentRepository appointments, Clock clock,
                                                      PatientAccessRecorder accessLog) {
        return new WritePrescriptionService(appointments, clock, accessLog);
    }

    @Bean
    GetPrescriptionUseCase getPrescriptionUseCase(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        return new GetPrescriptionService(appointments, accessLog);
    }

    @Bean
    RemovePrescriptionUseCase removePrescriptionUseCase(AppointmentRepository appointments, Clock clock,
                                                        PatientAccessRecorder accessLog) {
        return new RemovePrescriptionService(appointments, clock, accessLog);
    }
}
