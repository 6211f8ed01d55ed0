package dev.careshop.domain.clinic.patient;

import dev.careshop.domain.shared.Text;

/** Filters of the patient list; {@code null} means "any". */
public record PatientSearch(String nameContains, Gender gender) {

    public PatientSearch {
        nameContains = Text.filter("name", nameContains);
    }
}
