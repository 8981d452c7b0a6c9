/** The points service: pre-adds points in its try, makes them spendable in its confirm, removes them in its cancel. */
package io.github.litetcc.demo.points;
