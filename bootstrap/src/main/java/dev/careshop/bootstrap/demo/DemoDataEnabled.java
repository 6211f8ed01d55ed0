package dev.careshop.bootstrap.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code careshop.demo-data.enabled} ({@code CARESHOP_DEMO_DATA}) is on, read the way Spring Boot binds a
 * boolean: true or false (also on/off, yes/no), anything else stops the start naming the setting. Every bean that
 * depends on the switch asks this one condition (or {@link Off}), so no value can turn on one half of the demo
 * without the other, or leave the service without a clock.
 */
public class DemoDataEnabled extends SpringBootCondition {

    static final String PROPERTY = "careshop.demo-data.enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context) ? ConditionOutcome.match(PROPERTY + " is on") : ConditionOutcome.noMatch(PROPERTY + " is off");
    }

    static boolean enabled(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind(PROPERTY, Boolean.class).orElse(false);
    }

    /** The switch is off (or not set). */
    public static class Off extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context) ? ConditionOutcome.noMatch(PROPERTY + " is on") : ConditionOutcome.match(PROPERTY + " is off");
        }
    }
}
