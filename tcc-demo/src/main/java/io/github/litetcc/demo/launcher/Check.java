package io.github.litetcc.demo.launcher;

/** One invariant checked at the end of a run: what it says, whether it holds, and what was found. */
record Check(String invariant, boolean holds, String found) {
}
