/** Crash injection: a step counter that kills a node at a chosen step, and crashable handles on shared stores. */
package io.github.litetcc.test.fault;
