package dev.careshop.domain.clinic.patient;

/** FHIR administrative gender. */
public enum Gender { FEMALE, MALE, OTHER, UNKNOWN }
