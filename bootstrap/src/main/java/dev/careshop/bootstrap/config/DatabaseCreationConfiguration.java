package dev.careshop.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link PostgresDatabaseCreator} on the connection pool before anyone (Flyway first) asks it for a connection.
 * Off with {@code careshop.datasource.create-database=false}, e.g. where the service's user may not create databases.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "careshop.datasource.create-database", matchIfMissing = true)
class DatabaseCreationConfiguration {

    @Bean
    static BeanPostProcessor createMissingDatabase() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    PostgresDatabaseCreator.ensureExists(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                }
                return bean;
            }
        };
    }
}
