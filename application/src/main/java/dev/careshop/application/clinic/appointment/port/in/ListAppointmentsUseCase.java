package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

public interface ListAppointmentsUseCase {

    Page<Appointment> list(AppointmentSearch search, PageRequest pageRequest);
}
