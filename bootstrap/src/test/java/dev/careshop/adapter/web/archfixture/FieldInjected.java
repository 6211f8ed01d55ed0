package dev.careshop.adapter.web.archfixture;

import org.springframework.beans.factory.annotation.Autowired;

/** Breaks rule 9: field injection. */
public class FieldInjected {

    @Autowired
    Object dependency;
}
