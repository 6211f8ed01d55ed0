package dev.careshop.adapter.web.archfixture;

import dev.careshop.adapter.persistence.clinic.patient.PatientPersistenceAdapter;

/** Breaks rule 3: one adapter depends on the other. */
public class WebClassUsingPersistence {

    PatientPersistenceAdapter adapter;
}
