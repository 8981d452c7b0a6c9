/**
 * LiteTCC: a lightweight Try-Confirm-Cancel framework. This package holds the entry point
 * ({@link io.github.litetcc.Tcc}) and the exception hierarchy.
 */
package io.github.litetcc;
