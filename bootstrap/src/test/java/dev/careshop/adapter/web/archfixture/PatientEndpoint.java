package dev.careshop.adapter.web.archfixture;

import org.springframework.web.bind.annotation.RestController;

/** Breaks rule 8: a REST controller not named *Controller. */
@RestController
public class PatientEndpoint {
}
