package dev.careshop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.aot.AotDetector;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.data.repository.Repository;

/**
 * On build-time bean definitions, a repository (lazy, as Spring Data's deferred bootstrap registers it) is injected as
 * a proxy and made once the context has refreshed, not when the first bean that needs it is made.
 */
class DeferredRepositoriesTest {

    private final Journal made = new Journal();

    @AfterEach
    void leaveTheRegularMode() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void onBuildTimeBeanDefinitionsARepositoryIsInjectedAsAProxyAndMadeAfterTheRefresh() {
        SpringProperties.setFlag(AotDetector.AOT_ENABLED);

        try (GenericApplicationContext context = contextWithAnAdapterAndItsRepository()) {
            assertThat(made.entries).containsExactly("adapter", "repository");
            assertThat(AopUtils.isAopProxy(context.getBean(Adapter.class).shelves)).isTrue();
            assertThat(context.getBean(Adapter.class).shelves.count()).isEqualTo(3);
        }
    }

    @Test
    void inTheRegularModeItLeavesTheInjectionAloneForSpringDataHasArrangedItThere() {
        try (GenericApplicationContext context = contextWithAnAdapterAndItsRepository()) {
            assertThat(made.entries).containsExactly("repository", "adapter");
            assertThat(AopUtils.isAopProxy(context.getBean(Adapter.class).shelves)).isFalse();
        }
    }

    private GenericApplicationContext contextWithAnAdapterAndItsRepository() {
        GenericApplicationContext context = new GenericApplicationContext();
        new DeferredRepositories().initialize(context);
        context.registerBean("shelves", Shelves.class, () -> {
            made.entries.add("repository");
            return () -> 3;
        }, definition -> definition.setLazyInit(true));
        context.registerBean(Journal.class, () -> made);
        context.registerBean(Adapter.class); // its constructor's arguments are autowired, as the adapters' are
        context.refresh();
        return context;
    }

    interface Shelves extends Repository<Object, Long> {
        long count();
    }

    static final class Journal {
        final List<String> entries = new CopyOnWriteArrayList<>();
    }

    public static final class Adapter {
        final Shelves shelves;

        public Adapter(Shelves shelves, Journal made) {
            made.entries.add("adapter");
            this.shelves = shelves;
        }
    }
}
