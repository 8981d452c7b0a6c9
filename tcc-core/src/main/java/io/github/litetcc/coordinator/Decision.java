package io.github.litetcc.coordinator;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.GlobalTransaction;

import java.util.Optional;

/**
 * The starter's decision: the record as it stands after the compare-and-set that made it durable (empty
 * when recovery or an operator decided first), and the branch that forced a cancel, if one did.
 */
record Decision(Optional<GlobalTransaction> decided, Optional<Branch> unacknowledged, boolean lostToRecovery) {
}
