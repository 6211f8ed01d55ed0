package dev.careshop.adapter.web.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The formats the API reads and writes: JSON, and {@code text/csv} where an endpoint says so (see {@link CsvTable}).
 * <p>
 * Spring MVC also adds a converter for each format whose library it finds on the class path. swagger, which draws the
 * API documentation, brings Jackson 2's YAML that way, and with it every resource could be read and written as YAML
 * by Jackson 2's settings rather than the service's: dates as numbers of seconds, and a body naming a property twice
 * taken instead of refused. So that converter is taken out: YAML gets 406 and 415 like any other format the API does
 * not speak.
 */
@Configuration(proxyBeanMethods = false)
public class ApiFormatsConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new CsvHttpMessageConverter())
                .configureMessageConvertersList(list -> list.removeIf(ApiFormatsConfiguration::speaksYaml));
    }

    private static boolean speaksYaml(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(MediaType.APPLICATION_YAML::equalsTypeAndSubtype);
    }
}
