package dev.careshop.adapter.web.archfixture;

import dev.careshop.application.clinic.patient.service.GetPatientService;

/** Breaks rule 4: an adapter calls a service class instead of its use-case interface. */
public class WebClassUsingService {

    GetPatientService service;
}
