/**
 * Spring Boot auto-configuration of LiteTCC and its {@code tcc.*} properties. The property records hold only
 * nullable overrides, applied onto core's configuration defaults, which are defined once, in core.
 */
package io.github.litetcc.spring.boot;
