/** A small bank on H2 whose phase-2 methods carry their own advice, for the tests of how phase 2 reaches them. */
package io.github.litetcc.spring.bank;
