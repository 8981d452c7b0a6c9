/** Test doubles for LiteTCC and for applications that use it: a clock that tests set and advance. */
package io.github.litetcc.test;
