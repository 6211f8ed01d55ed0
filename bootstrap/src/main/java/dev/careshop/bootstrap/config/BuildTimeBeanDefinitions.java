package dev.careshop.bootstrap.config;

import java.net.URL;
import java.security.CodeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the packaged jar on the bean definitions its build made without being asked to, so that a plain
 * {@code java -jar} skips parsing the configuration and evaluating its conditions too (what that saves and costs:
 * docs/architecture.md, "Start-up and memory").
 * <p>
 * It decides once the environment is known and before the context is made, the last moment Spring still reads
 * {@code spring.aot.enabled}, and only:
 * <ul>
 * <li>when the flag was not given: {@code -Dspring.aot.enabled=false} starts without them, {@code =true} insists on
 * them (and {@link BuildTimeThreading} stops a start that cannot have them);</li>
 * <li>when the service runs from a jar, packed or extracted: a directory of classes (an IDE, {@code spring-boot:run})
 * can hold definitions an earlier build made for sources that have changed since;</li>
 * <li>when they were made for the threads this JVM with these settings runs on; otherwise it says so and starts as
 * it would without them.</li>
 * </ul>
 */
public final class BuildTimeBeanDefinitions implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(BuildTimeBeanDefinitions.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        SpringApplication application = event.getSpringApplication();
        Class<?> mainClass = application.getMainApplicationClass();
        if (System.getProperty(AotDetector.AOT_ENABLED) != null || mainClass == null || !runsFromJar(mainClass)) {
            return;
        }
        String built = BuildTimeThreading.recorded(application.getClassLoader());
        if (built == null) {
            return; // packaged without the AOT processing
        }
        String mismatch = BuildTimeThreading.mismatch(built, event.getEnvironment());
        if (mismatch == null) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        } else {
            log.info("{}: starting without them. Build the jar on the JDK that runs it to start faster.", mismatch);
        }
    }

    private static boolean runsFromJar(Class<?> mainClass) {
        CodeSource source = mainClass.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location != null && ("jar".equals(location.getProtocol()) || location.getPath().endsWith(".jar"));
    }
}
