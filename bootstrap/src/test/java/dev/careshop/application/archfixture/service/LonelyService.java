package dev.careshop.application.archfixture.service;

/** Breaks rule 5: a service that implements no use case. */
public class LonelyService {
}
