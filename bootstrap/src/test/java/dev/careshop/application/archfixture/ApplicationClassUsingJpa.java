package dev.careshop.application.archfixture;

import jakarta.persistence.EntityManager;

/** Breaks rule 2: the application reaches for JPA. */
public class ApplicationClassUsingJpa {

    EntityManager entityManager;
}
