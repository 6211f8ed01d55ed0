package dev.careshop.application.clinic.appointment.service;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.shared.NotFoundException;

/** The one way the appointment services load an appointment that the client addressed: absent means 404. */
final class AppointmentLoader {

    private AppointmentLoader() {
    }

    static Appointment load(AppointmentRepository appointments, AppointmentId id) {
        return appointments.findById(id).orElseThrow(() -> new NotFoundException("appointment", id));
    }
}
