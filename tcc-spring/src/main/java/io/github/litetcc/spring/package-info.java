/**
 * LiteTCC for Spring applications: the {@code @Tcc} aspect, which runs every call of a {@code @Tcc} method through
 * the coordinator, and the registrar that finds the {@code @Tcc} beans at start-up, validates them and fills the
 * participant registry.
 */
package io.github.litetcc.spring;
