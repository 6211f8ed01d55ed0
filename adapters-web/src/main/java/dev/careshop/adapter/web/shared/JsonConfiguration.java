package dev.careshop.adapter.web.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * How JSON is read and written. Request bodies are read strictly: a number or boolean where the API expects text
 * is a wrong type (400), not quietly turned into {@code "42"}, and a number is never an enum's position
 * ({@code {"status": 3}} must not cancel an appointment), and a property named twice is refused rather than the last
 * one silently winning (two {@code password}s in one body must not be a guessing game). Where a body holds free-form
 * JSON (an order's {@code metadata}), decimals are read as {@code BigDecimal}, never through a {@code double}, so
 * {@code 1.10}, {@code 1e400} and {@code 12345678901234567890.5} come back as sent. The other strict settings
 * (unknown properties, floats as integers, trailing tokens) are plain properties in application.yml.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer refuseWrongScalarTypes() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
