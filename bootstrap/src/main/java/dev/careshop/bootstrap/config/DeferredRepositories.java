package dev.careshop.bootstrap.config;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Keeps Spring Data's deferred start of the repositories ({@code spring.data.jpa.repositories.bootstrap-mode:
 * deferred}) when the service starts on bean definitions made at build time.
 * <p>
 * In that mode Hibernate builds its metamodel on a thread of its own while the context goes on: the repositories are
 * made lazily, every injection point of one gets a proxy, and all of them are made once the context has refreshed,
 * when the metamodel is ready. Spring Data arranges the proxies and that last step while it registers the
 * repositories' bean definitions, which a start on build-time bean definitions skips; there the first adapter to be
 * made needed its repository, and the main thread waited for Hibernate (measured in docs/architecture.md, "Start-up
 * and memory"). In that mode this does the same two things; otherwise Spring Data has done them.
 */
public final class DeferredRepositories implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        context.addBeanFactoryPostProcessor(DeferredRepositories::injectRepositoriesAsProxies);
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
                context.getBeansOfType(Repository.class); // each is made here, and a broken one stops the start
            }
        });
    }

    private static void injectRepositoriesAsProxies(ConfigurableListableBeanFactory beanFactory) {
        ((DefaultListableBeanFactory) beanFactory).setAutowireCandidateResolver(
                new ContextAnnotationAutowireCandidateResolver() {
                    @Override
                    protected boolean isLazy(DependencyDescriptor descriptor) {
                        return super.isLazy(descriptor) || isRepository(descriptor.getDependencyType());
                    }
                });
    }

    private static boolean isRepository(Class<?> type) {
        return type.isInterface() && Repository.class.isAssignableFrom(type);
    }
}
