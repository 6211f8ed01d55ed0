package dev.careshop.bootstrap.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code careshop.demo-data.enabled} ({@code CARESHOP_DEMO_DATA}): whether the start fills an empty database with the
 * demo. Bound the way Spring Boot binds any boolean: true or false (also on/off, yes/no); anything else stops the start
 * naming the setting.
 */
@ConfigurationProperties("careshop.demo-data")
public record DemoDataProperties(boolean enabled) {
}
