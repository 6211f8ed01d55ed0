package dev.careshop.adapter.web.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an operation can answer besides 400 and 500, which every operation can. {@link OpenApiConfiguration}
 * documents each with the problem schema and an example, so controllers list statuses instead of repeating
 * {@code @ApiResponse} blocks.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {

    ProblemType[] value();
}
