package dev.careshop.domain.clinic.patient;

/** Filters of the patient list; {@code null} means "any". */
public record PatientSearch(String nameContains, Gender gender) {

    public PatientSearch {
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }
}
