package dev.careshop.bootstrap.demo;

import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.bootstrap.demo.DemoPlan.AppointmentPlan;
import dev.careshop.bootstrap.demo.DemoPlan.DoctorPlan;
import dev.careshop.bootstrap.demo.DemoPlan.PatientPlan;
import dev.careshop.bootstrap.demo.DemoPlan.PrescriptionPlan;
import dev.careshop.bootstrap.demo.DemoPlan.Step;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The clinic's part of the demo: doctors, patients, and their appointments with status changes and prescriptions. */
final class ClinicSeeding {

    private static final Logger log = LoggerFactory.getLogger(ClinicSeeding.class);

    private final RegisterDoctorUseCase registerDoctor;
    private final RegisterPatientUseCase registerPatient;
    private final BookAppointmentUseCase bookAppointment;
    private final ChangeAppointmentStatusUseCase changeStatus;
    private final WritePrescriptionUseCase writePrescription;
    private final DemoSteps steps;

    ClinicSeeding(RegisterDoctorUseCase registerDoctor, RegisterPatientUseCase registerPatient,
                  BookAppointmentUseCase bookAppointment, ChangeAppointmentStatusUseCase changeStatus,
                  WritePrescriptionUseCase writePrescription, DemoSteps steps) {
        this.registerDoctor = registerDoctor;
        this.registerPatient = registerPatient;
        this.bookAppointment = bookAppointment;
        this.changeStatus = changeStatus;
        this.writePrescription = writePrescription;
        this.steps = steps;
    }

    /** Seeds the clinic as {@code staff}, the receptionist who registers, books and records everything. */
    void seed(DemoPlan plan, Actor staff) {
        List<DoctorId> doctors = new ArrayList<>();
        DemoSteps.phase(log, () -> {
            for (DoctorPlan doctor : plan.doctors()) {
                DoctorProfile profile = new DoctorProfile(doctor.name(), doctor.specialization(), new EmailAddress(doctor.email()));
                doctors.add(steps.as(staff, plan.openedAt(),
                        () -> registerDoctor.register(new RegisterDoctorCommand(profile))).getId());
            }
            return doctors.size() + " doctors of "
                    + plan.doctors().stream().map(DoctorPlan::specialization).distinct().count() + " specializations";
        });
        List<PatientId> patients = new ArrayList<>();
        DemoSteps.phase(log, () -> {
            patients.addAll(DemoSteps.inParallel(DemoSteps.THREADS, plan.patients(), patient -> {
                PatientProfile profile = new PatientProfile(patient.name(), patient.birthDate(), patient.gender(),
                        EmailAddress.ofNullable(patient.email()), patient.phone());
                return steps.as(staff, patient.registeredAt(),
                        () -> registerPatient.register(new RegisterPatientCommand(profile))).getId();
            }));
            return patients.size() + " patients";
        });
        DemoSteps.phase(log, () -> {
            int prescriptions = DemoSteps.inParallel(DemoSteps.THREADS, plan.appointments(), appointment ->
                    book(appointment, patients.get(appointment.patient()), doctors.get(appointment.doctor()), staff))
                    .stream().mapToInt(Integer::intValue).sum();
            return plan.appointments().size() + " appointments " + plan.appointmentsByStatus() + " with "
                    + prescriptions + " prescriptions";
        });
    }

    /** Books the appointment, then moves it through its steps, writing its prescriptions while the patient is there. */
    private int book(AppointmentPlan plan, PatientId patient, DoctorId doctor, Actor staff) {
        BookAppointmentCommand booking = new BookAppointmentCommand(patient, doctor,
                new TimeSlot(plan.startsAt(), plan.durationMinutes()), plan.reason());
        AppointmentId id = steps.as(staff, plan.bookedAt(), () -> bookAppointment.book(booking)).getId();
        for (Step<AppointmentStatus> step : plan.steps()) {
            if (step.status() == AppointmentStatus.FULFILLED) {
                for (PrescriptionPlan prescription : plan.prescriptions()) {
                    PrescriptionDetails details = new PrescriptionDetails(prescription.medicine().name(),
                            prescription.medicine().dosage(), prescription.medicine().instructions());
                    steps.as(staff, prescription.writtenAt(),
                            () -> writePrescription.write(new WritePrescriptionCommand(id, details)));
                }
            }
            steps.as(staff, step.at(), () -> changeStatus.changeStatus(new ChangeAppointmentStatusCommand(id, step.status())));
        }
        return plan.prescriptions().size();
    }
}
