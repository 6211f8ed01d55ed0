package dev.careshop.adapter.web.archfixture;

import dev.careshop.adapter.persistence.clinic.patient.PatientJpaEntity;

/** Breaks rule 6: a JPA entity seen outside the persistence adapter. */
public class WebClassUsingEntity {

    PatientJpaEntity entity;
}
