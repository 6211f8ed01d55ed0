package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

/**
 * Lists appointments and records {@link PatientAccessAction#APPOINTMENT_LISTED} once for every appointment on the
 * page (for its patient), in one statement, so a page still costs a constant number of statements.
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class ListAppointmentsService implements ListAppointmentsUseCase {

    private final AppointmentRepository appointments;
    private final PatientAccessRecorder accessLog;

    public ListAppointmentsService(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.accessLog = accessLog;
    }

    @Override
    public Page<Appointment> list(AppointmentSearch search, PageRequest pageRequest) {
        Page<Appointment> page = appointments.search(search, pageRequest);
        accessLog.recordEach(PatientAccessAction.APPOINTMENT_LISTED, page.content(), Appointment::getPatientId,
                appointment -> appointment.getId().value());
        return page;
    }
}
