package no.bygdevekst.platform.tracing;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the method every consumed record passes through (its arguments: the consumer's name first,
 * then the {@code ConsumerRecord}): the method runs in a consumer span that continues the trace the
 * record carries ({@link ContinuesTraceInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ContinuesTrace {}
