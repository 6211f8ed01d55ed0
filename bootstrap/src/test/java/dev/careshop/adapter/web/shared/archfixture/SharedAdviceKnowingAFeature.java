package dev.careshop.adapter.web.shared.archfixture;

import dev.careshop.domain.archfixture.alpha.Alpha;

/** Breaks rule 10: shared code that handles one feature's exception itself. */
public class SharedAdviceKnowingAFeature {

    String describe(Alpha alpha) {
        return String.valueOf(alpha);
    }
}
