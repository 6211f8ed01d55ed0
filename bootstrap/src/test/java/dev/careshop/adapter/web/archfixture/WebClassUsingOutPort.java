package dev.careshop.adapter.web.archfixture;

import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;

/** Breaks rule 4: the web adapter reaches past the in-ports. */
public class WebClassUsingOutPort {

    PatientHistoryQuery query;
}
