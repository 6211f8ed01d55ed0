package dev.careshop.application.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Breaks rule 7: a transaction declared inside the application module. */
public class TransactionalHelper {

    @Transactional
    public void work() {
    }
}
