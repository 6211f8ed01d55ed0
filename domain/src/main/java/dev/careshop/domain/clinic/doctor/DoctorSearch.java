package dev.careshop.domain.clinic.doctor;

/** Filters of the doctor list; {@code null} means "any". Specialization matches exactly, ignoring case. */
public record DoctorSearch(String specialization) {

    public DoctorSearch {
        specialization = specialization == null || specialization.isBlank() ? null : specialization.strip();
    }
}
