/** A travel agency without a database, for the tests of the handover, deadlines and phase-2 calls through the aspect. */
package io.github.litetcc.spring.travel;
