package dev.careshop.domain.archfixture;

/** Breaks rule 1: the domain reaches for Spring. */
public class DomainClassUsingSpring {

    public boolean hasText(String text) {
        return org.springframework.util.StringUtils.hasText(text);
    }
}
