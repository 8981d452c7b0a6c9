/** Participant beans declared wrongly, each the way a developer might, for the start-up validation tests. */
package io.github.litetcc.spring.mistakes;
