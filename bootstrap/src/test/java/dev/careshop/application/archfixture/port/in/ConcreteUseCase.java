package dev.careshop.application.archfixture.port.in;

/** Breaks rule 5: a use case that is a class, not an interface. */
public class ConcreteUseCase {
}
