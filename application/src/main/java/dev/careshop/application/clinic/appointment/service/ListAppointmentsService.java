package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

@UseCase(readOnly = true)
public class ListAppointmentsService implements ListAppointmentsUseCase {

    private final AppointmentRepository appointments;

    public ListAppointmentsService(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public Page<Appointment> list(AppointmentSearch search, PageRequest pageRequest) {
        return appointments.search(search, pageRequest);
    }
}
