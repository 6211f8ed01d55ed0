package dev.careshop.application.contract;

import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;

/**
 * The clinic's repositories as one store (an appointment refers to a patient and a doctor), as a contract's subclass
 * hands them over.
 *
 * @param nextUseCase ends the current use case, so that what follows reads as the next one would. A use case is one
 *                    transaction: the JPA adapters' store flushes and clears its persistence context here, which a
 *                    deletion by statement does not touch; the fakes have nothing to do
 */
public record ClinicRepositories(PatientRepository patients, DoctorRepository doctors, AppointmentRepository appointments,
                                 Runnable nextUseCase) {
}
