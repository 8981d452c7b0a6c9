/** A small shop whose beans are TCC participants, for the Spring tests: inventory behind an interface (JDK proxy), payment and points as plain classes (CGLIB proxies). */
package io.github.litetcc.spring.shop;
