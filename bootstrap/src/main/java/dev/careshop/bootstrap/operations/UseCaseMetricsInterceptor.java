package dev.careshop.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Times every use case and tags it with its outcome ({@link UseCaseOutcome}): {@code careshop.use.case} with tags
 * {@code use.case} (the service's name without "Service", e.g. {@code PlaceOrder}) and {@code outcome}. It wraps the
 * transaction advice, so a use case counts as done only once its transaction has committed. The business counters
 * ({@link BusinessMeters}) are read off the same outcomes.
 */
final class UseCaseMetricsInterceptor implements MethodInterceptor {

    private static final ClassValue<String> USE_CASE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> service) {
            return service.getSimpleName().replaceFirst("Service$", "");
        }
    };

    private final ObjectProvider<MeterRegistry> registry;
    private final ObjectProvider<BusinessMeters> businessMeters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Both are looked up at the first use case, not when the advice is made among the post-processors. */
    UseCaseMetricsInterceptor(ObjectProvider<MeterRegistry> registry, ObjectProvider<BusinessMeters> businessMeters) {
        this.registry = registry;
        this.businessMeters = businessMeters;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        String useCase = USE_CASE_NAMES.get(AopUtils.getTargetClass(invocation.getThis()));
        long start = System.nanoTime();
        String outcome = UseCaseOutcome.ERROR;
        try {
            Object result = invocation.proceed();
            outcome = UseCaseOutcome.of(result);
            return result;
        } catch (Throwable failure) {
            outcome = UseCaseOutcome.of(failure);
            throw failure;
        } finally {
            record(useCase, outcome, System.nanoTime() - start);
        }
    }

    private void record(String useCase, String outcome, long nanos) {
        timers.computeIfAbsent(useCase + "/" + outcome, key -> Timer.builder("careshop.use.case")
                        .description("Use cases run, by outcome, and how long they took (their transaction included)")
                        .tag("use.case", useCase)
                        .tag("outcome", outcome)
                        .register(registry.getObject()))
                .record(nanos, TimeUnit.NANOSECONDS);
        businessMeters.getObject().record(useCase, outcome);
    }
}
