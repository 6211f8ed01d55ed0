package dev.careshop.adapter.web.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets endpoints answer {@code text/csv} (see {@link CsvTable}). */
@Configuration(proxyBeanMethods = false)
public class CsvConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new CsvHttpMessageConverter());
    }
}
