/** Participants: try methods with their resolved confirm and cancel handles, the registry, and the local branch invoker. */
package io.github.litetcc.participant;
