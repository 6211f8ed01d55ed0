package dev.careshop.adapter.persistence;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Everything this adapter contributes: its adapters and mappers (component scan), its JPA entities and Spring Data
 * repositories (registered as an auto-configuration package, so Boot's JPA auto-configuration finds them).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@AutoConfigurationPackage
public class PersistenceConfiguration {
}
