/** Immutable, validated configuration records with defaults defined once, here. */
package io.github.litetcc.config;
