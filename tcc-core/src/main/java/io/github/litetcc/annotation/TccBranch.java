package io.github.litetcc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a remote service interface that is a TCC try. A consumer inside a transaction
 * enlists a branch only for calls to methods so marked; every other call passes through untouched.
 * Lives in tcc-core so that a service's API jar needs nothing else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TccBranch {
}
