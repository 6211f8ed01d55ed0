package dev.careshop.domain.archfixture.alpha;

import dev.careshop.domain.archfixture.beta.Beta;

/** With {@link Beta}, breaks rule 9: two aggregate packages that depend on each other. */
public class Alpha {

    Beta beta;
}
