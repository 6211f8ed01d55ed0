package dev.careshop.adapter.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Everything this adapter contributes: controllers, mappers, the problem-details advice and the OpenAPI setup. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WebConfiguration {
}
