package dev.careshop.domain.archfixture.beta;

import dev.careshop.domain.archfixture.alpha.Alpha;

/** With {@link Alpha}, breaks rule 9. */
public class Beta {

    Alpha alpha;
}
