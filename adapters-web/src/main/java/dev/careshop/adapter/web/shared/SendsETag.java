package dev.careshop.adapter.web.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation answers with the resource's version as a strong {@code ETag} (see {@link Versions}).
 * {@link OpenApiConfiguration} documents the header on its success response and, on a read, the
 * {@code If-None-Match} request header and the 304 that Spring answers when it names the current version, so a
 * generated client can send the one and expect the other.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SendsETag {
}
