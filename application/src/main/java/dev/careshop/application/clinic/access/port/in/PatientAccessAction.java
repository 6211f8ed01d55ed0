package dev.careshop.application.clinic.access.port.in;

/**
 * What somebody did with a patient's data. The database checks the same list (V5's {@code ck_patient_access_log_action}):
 * add a value there too.
 */
public enum PatientAccessAction {
    PATIENT_CREATED,
    PATIENT_READ,
    /** The patient appeared on a page of {@code GET /api/patients}: one entry per listed patient. */
    PATIENT_LISTED,
    PATIENT_UPDATED,
    PATIENT_DELETED,
    HISTORY_READ,
    APPOINTMENT_BOOKED,
    APPOINTMENT_READ,
    /** The appointment appeared on a page of {@code GET /api/appointments}: one entry per listed appointment. */
    APPOINTMENT_LISTED,
    APPOINTMENT_STATUS_CHANGED,
    APPOINTMENT_DELETED,
    PRESCRIPTION_WRITTEN,
    PRESCRIPTION_READ,
    PRESCRIPTION_REMOVED
}
