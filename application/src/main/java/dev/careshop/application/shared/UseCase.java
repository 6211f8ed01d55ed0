package dev.careshop.application.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the service that carries out one use case. Every public method of such a class runs in one transaction:
 * bootstrap applies a transaction interceptor to these classes, so this module needs no Spring.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UseCase {

    /** Queries say so: their transaction is read-only, which lets the database and Hibernate skip work. */
    boolean readOnly() default false;
}
