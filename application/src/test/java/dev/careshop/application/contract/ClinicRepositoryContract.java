package dev.careshop.application.contract;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static dev.careshop.application.clinic.ClinicFixture.slot;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the clinic's repository contracts share: the store their subclass hands over, and the patients, doctors and
 * appointments they store in it (each saved through its own repository, as the foreign keys need).
 */
public abstract class ClinicRepositoryContract {

    protected final ClinicRepositories clinic;

    protected ClinicRepositoryContract(ClinicRepositories clinic) {
        this.clinic = clinic;
    }

    protected final Patient patient(String name, LocalDate birthDate, Gender gender) {
        return clinic.patients().save(Patient.register(patientProfile(name, birthDate, gender), CLOCK));
    }

    protected final Patient patient(String name) {
        return patient(name, LocalDate.of(1985, 6, 15), Gender.FEMALE);
    }

    protected final Doctor doctor(String name, String specialization, String email) {
        return clinic.doctors().save(Doctor.register(new DoctorProfile(name, specialization,
                email == null ? null : new EmailAddress(email)), CLOCK));
    }

    protected final Doctor doctor(String name) {
        return doctor(name, "Diagnostics", null);
    }

    /** Half an hour's check-up from {@code startsAt}. */
    protected final Appointment book(Patient patient, Doctor doctor, Instant startsAt) {
        return clinic.appointments().save(Appointment.book(patient.getId(), doctor.getId(), slot(startsAt, 30), "Check-up", CLOCK));
    }
}
