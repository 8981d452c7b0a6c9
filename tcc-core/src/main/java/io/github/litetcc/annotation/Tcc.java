package io.github.litetcc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a try method. Called without a transaction, it starts one (and, if it names confirm and cancel
 * methods, is itself enlisted as the first branch); called inside a try, it is enlisted as a branch of
 * the caller's transaction. The confirm and cancel methods live on the same bean, are public and take
 * the try's parameter types; they must be idempotent unless the participant is fenced.
 *
 * <pre>{@code
 * @Tcc(confirm = "confirmReserve", cancel = "cancelReserve")
 * public void reserve(String sku, int quantity) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tcc {

    /** Name of the confirm method; empty only for a starter that has no phase 2 of its own. */
    String confirm() default "";

    /** Name of the cancel method; empty only for a starter that has no phase 2 of its own. */
    String cancel() default "";

    /** The global deadline in milliseconds when this method starts a transaction; 0 uses the configured default. */
    long timeoutMillis() default 0;

    /** Name of the data source whose fence guards this participant, when there are several; empty means the only one. */
    String dataSource() default "";
}
