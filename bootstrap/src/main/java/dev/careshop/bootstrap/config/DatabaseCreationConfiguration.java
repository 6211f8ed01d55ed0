package dev.careshop.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs {@link PostgresDatabaseCreator} on the connection pool before anyone (Flyway first) asks it for a connection.
 * Off with {@code careshop.datasource.create-database=false}, e.g. where the service's user may not create databases.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCreationConfiguration {

    @Bean
    static BeanPostProcessor createMissingDatabase(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && environment.getProperty("careshop.datasource.create-database", Boolean.class, true)) {
                    PostgresDatabaseCreator.ensureExists(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                }
                return bean;
            }
        };
    }
}
