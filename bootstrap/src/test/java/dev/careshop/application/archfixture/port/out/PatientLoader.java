package dev.careshop.application.archfixture.port.out;

/** Breaks rule 11: an out-port whose name hides that it is one. */
public interface PatientLoader {
}
