package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.Text;

/** Filters of the doctor list; {@code null} means "any". Specialization matches exactly, ignoring case. */
public record DoctorSearch(String specialization) {

    public DoctorSearch {
        specialization = Text.filter("specialization", specialization);
    }
}
