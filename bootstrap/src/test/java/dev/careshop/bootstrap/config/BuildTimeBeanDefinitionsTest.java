package dev.careshop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * When the service starts on its build-time bean definitions without being asked (PackagedJarIT starts the jar so,
 * and sees it happen): from a jar whose build recorded this JVM's threads, and never against an explicit flag.
 */
class BuildTimeBeanDefinitionsTest {

    private static final String THIS_JVMS_THREADS = Runtime.version().feature() >= 21 ? "virtual" : "platform";
    private static final String OTHER_THREADS = THIS_JVMS_THREADS.equals("virtual") ? "platform" : "virtual";

    @TempDir
    Path build;

    @AfterEach
    void forgetTheFlag() {
        System.clearProperty(AotDetector.AOT_ENABLED);
    }

    @Test
    void aJarBuiltForThisJvmsThreadsStartsOnThem() throws IOException {
        environmentPrepared(Test.class, THIS_JVMS_THREADS); // JUnit's Test comes from a jar

        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isEqualTo("true");
    }

    @Test
    void aJarBuiltForOtherThreadsStartsWithoutThem() throws IOException {
        environmentPrepared(Test.class, OTHER_THREADS);

        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
    }

    @Test
    void classesFromADirectoryMayBeNewerThanTheirDefinitionsAndStartWithoutThem() throws IOException {
        environmentPrepared(BuildTimeBeanDefinitionsTest.class, THIS_JVMS_THREADS);

        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
    }

    @Test
    void anExplicitFlagIsNeverOverruled() throws IOException {
        System.setProperty(AotDetector.AOT_ENABLED, "false");

        environmentPrepared(Test.class, THIS_JVMS_THREADS);

        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isEqualTo("false");
    }

    @Test
    void aJarPackagedWithoutTheProcessingStartsWithoutThem() throws IOException {
        environmentPrepared(Test.class, null);

        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
    }

    private void environmentPrepared(Class<?> mainClass, String recordedThreads) throws IOException {
        if (recordedThreads != null) {
            Path record = build.resolve(BuildTimeThreading.RECORD);
            Files.createDirectories(record.getParent());
            Files.writeString(record, "threads=" + recordedThreads + "\n");
        }
        SpringApplication application = new SpringApplication(mainClass);
        application.setMainApplicationClass(mainClass);
        MockEnvironment environment = new MockEnvironment().withProperty("spring.threads.virtual.enabled", "true");
        try (URLClassLoader buildOutput = new URLClassLoader(new URL[] {build.toUri().toURL()}, null)) {
            application.setResourceLoader(new DefaultResourceLoader(buildOutput));
            new BuildTimeBeanDefinitions().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                    new DefaultBootstrapContext(), application, new String[0], environment));
        }
    }
}
