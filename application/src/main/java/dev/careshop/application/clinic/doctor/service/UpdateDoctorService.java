package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.shared.NotFoundException;
import java.time.Clock;

@UseCase
public class UpdateDoctorService implements UpdateDoctorUseCase {

    private final DoctorRepository doctors;
    private final Clock clock;

    public UpdateDoctorService(DoctorRepository doctors, Clock clock) {
        this.doctors = doctors;
        this.clock = clock;
    }

    @Override
    public Doctor update(UpdateDoctorCommand command) {
        Doctor doctor = doctors.findById(command.id())
                .orElseThrow(() -> new NotFoundException("doctor", command.id()));
        doctor.update(command.profile(), command.expectedVersion(), clock);
        return doctors.save(doctor);
    }
}
