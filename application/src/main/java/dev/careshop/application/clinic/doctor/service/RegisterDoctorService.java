package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import java.time.Clock;

@UseCase
public class RegisterDoctorService implements RegisterDoctorUseCase {

    private final DoctorRepository doctors;
    private final Clock clock;

    public RegisterDoctorService(DoctorRepository doctors, Clock clock) {
        this.doctors = doctors;
        this.clock = clock;
    }

    @Override
    public Doctor register(RegisterDoctorCommand command) {
        return doctors.save(Doctor.register(command.profile(), clock));
    }
}
