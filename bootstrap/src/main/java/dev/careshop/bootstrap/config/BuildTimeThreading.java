package dev.careshop.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.thread.Threading;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Keeps a start on bean definitions made at build time ({@code -Dspring.aot.enabled=true}) on the threads it was
 * built for. Spring Boot chooses virtual or platform threads with a condition, so the build's JDK decides: built on
 * JDK 17, the jar would serve on platform threads under JDK 25 without a word; built on JDK 21+, it fails on JDK 17
 * with "Unable to start web server". The AOT processing records its choice here (META-INF/spring/aot.factories), and
 * every start in that mode compares it with what this JVM and its settings choose (META-INF/spring.factories),
 * stopping with what to do when they differ.
 */
public final class BuildTimeThreading implements BeanFactoryInitializationAotProcessor,
        ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String RECORD = "META-INF/careshop/aot-threading.properties";

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.getParentBeanFactory() != null) {
            return null; // the management port's child context: the application's context records it
        }
        String threads = threadsFor(beanFactory.getBean(Environment.class));
        return (generationContext, code) ->
                generationContext.getGeneratedFiles().addResourceFile(RECORD, "threads=" + threads + "\n");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (AotDetector.useGeneratedArtifacts()) {
            check(recorded(context.getClassLoader()), context.getEnvironment());
        }
    }

    static void check(String built, Environment environment) {
        if (built == null) {
            throw new IllegalStateException("Started with -Dspring.aot.enabled=true, but this jar has no " + RECORD
                    + ": build it with the project's Maven build, which runs the AOT processing, "
                    + "or start without the flag");
        }
        String mismatch = mismatch(built, environment);
        if (mismatch != null) {
            throw new IllegalStateException(mismatch
                    + ": build the jar on the JDK that runs it, or start without -Dspring.aot.enabled=true");
        }
    }

    /** What differs between the threads the build recorded and those this JVM chooses, or null when nothing does. */
    static String mismatch(String built, Environment environment) {
        String wanted = threadsFor(environment);
        return built.equals(wanted) ? null : "This jar's bean definitions were made at build time for " + built
                + " threads, but Java " + Runtime.version().feature() + " with these settings runs on " + wanted
                + " threads";
    }

    private static String threadsFor(Environment environment) {
        return Threading.VIRTUAL.isActive(environment) ? "virtual" : "platform";
    }

    static String recorded(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RECORD)) {
            if (in == null) {
                return null;
            }
            Properties record = new Properties();
            record.load(in);
            return record.getProperty("threads");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
