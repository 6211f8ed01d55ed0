package dev.careshop.application.clinic;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.fakes.InMemoryAppointmentRepository;
import dev.careshop.application.contract.ClinicRepositories;
import dev.careshop.application.clinic.fakes.InMemoryDoctorRepository;
import dev.careshop.application.clinic.fakes.InMemoryPatientAccessLog;
import dev.careshop.application.clinic.fakes.InMemoryPatientRepository;
import dev.careshop.application.event.fakes.InMemoryOutbox;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One clinic's worth of in-memory ports sharing their data, plus fixed clocks and helpers that store aggregates
 * directly through the fakes. Each test builds a fresh one.
 */
public final class ClinicFixture {

    /** Deliberately in the past: a service that read the system clock instead of its own would show. */
    public static final Instant NOW = Instant.parse("2024-02-29T10:15:30Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant LATER = NOW.plusSeconds(2 * 3600);
    public static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);

    /** A morning well after {@link #NOW}, for slots. */
    public static final Instant MONDAY_9 = Instant.parse("2024-03-04T09:00:00Z");

    public final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository(
            patientId -> this.patients.existsById(patientId), doctorId -> this.doctors.existsById(doctorId));
    public final InMemoryPatientRepository patients = new InMemoryPatientRepository(appointments);
    public final InMemoryDoctorRepository doctors = new InMemoryDoctorRepository(appointments);

    /** The member of staff every use case runs for. */
    public static final Actor NURSE = new Actor(UserId.newId(), new Username("nurse.joy"), Role.STAFF);

    public final InMemoryPatientAccessLog accessLog = new InMemoryPatientAccessLog();
    public final InMemoryOutbox events = new InMemoryOutbox();

    /** Records for {@link #NURSE} at {@link #NOW}. */
    public final PatientAccessRecorder recorder = recorder(CLOCK);

    /** Records for {@link #NURSE} at the time of {@code clock}, into the same trail. */
    public PatientAccessRecorder recorder(Clock clock) {
        return new PatientAccessRecorder(accessLog, () -> NURSE, clock);
    }

    /** The three repositories, for the repository contracts. */
    public ClinicRepositories repositories() {
        return new ClinicRepositories(patients, doctors, appointments, () -> { });
    }

    public static PatientProfile patientProfile(String name) {
        return new PatientProfile(name, LocalDate.of(1985, 6, 15), Gender.FEMALE, new EmailAddress("ada@example.org"), "+44 20 7946 0000");
    }

    public static PatientProfile patientProfile(String name, LocalDate birthDate, Gender gender) {
        return new PatientProfile(name, birthDate, gender, null, null);
    }

    public static DoctorProfile doctorProfile(String name, String specialization) {
        return new DoctorProfile(name, specialization, null);
    }

    public static TimeSlot slot(Instant startsAt, int minutes) {
        return new TimeSlot(startsAt, minutes);
    }

    public Patient patient(String name) {
        return patients.save(Patient.register(patientProfile(name), CLOCK));
    }

    public Doctor doctor(String name) {
        return doctors.save(Doctor.register(doctorProfile(name, "Cardiology"), CLOCK));
    }

    public Appointment appointment(Patient patient, Doctor doctor, TimeSlot slot) {
        return appointments.save(Appointment.book(patient.getId(), doctor.getId(), slot, "Check-up", CLOCK));
    }
}
