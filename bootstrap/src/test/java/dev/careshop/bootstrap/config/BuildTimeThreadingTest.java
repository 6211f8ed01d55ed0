package dev.careshop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start on bean definitions made at build time goes on only on the threads they were made for (PackagedJarIT starts
 * the jar that way, on the JDK that built it).
 */
class BuildTimeThreadingTest {

    private static final boolean JVM_HAS_VIRTUAL_THREADS = Runtime.version().feature() >= 21;

    @Test
    void theThreadsTheBuildRecordedAreTheThreadsThisStartWouldUse() {
        MockEnvironment virtualWanted = new MockEnvironment().withProperty("spring.threads.virtual.enabled", "true");
        String sameAsThisJvm = JVM_HAS_VIRTUAL_THREADS ? "virtual" : "platform";

        assertThatCode(() -> BuildTimeThreading.check(sameAsThisJvm, virtualWanted)).doesNotThrowAnyException();
        assertThatCode(() -> BuildTimeThreading.check("platform", new MockEnvironment())).doesNotThrowAnyException();
    }

    @Test
    void aBuildForOtherThreadsStopsTheStartSayingWhatToDo() {
        MockEnvironment virtualWanted = new MockEnvironment().withProperty("spring.threads.virtual.enabled", "true");
        String otherThanThisJvm = JVM_HAS_VIRTUAL_THREADS ? "platform" : "virtual";

        assertThatIllegalStateException().isThrownBy(() -> BuildTimeThreading.check(otherThanThisJvm, virtualWanted))
                .withMessageContaining("made at build time for " + otherThanThisJvm + " threads")
                .withMessageContaining("build the jar on the JDK that runs it");
        assertThatIllegalStateException().isThrownBy(() -> BuildTimeThreading.check("virtual", new MockEnvironment()))
                .withMessageContaining("runs on platform threads");
    }

    @Test
    void aJarWithoutTheRecordStopsTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> BuildTimeThreading.check(null, new MockEnvironment()))
                .withMessageContaining(BuildTimeThreading.RECORD);
    }
}
