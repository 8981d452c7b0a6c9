package io.github.litetcc.repository.jdbc;

import io.github.litetcc.model.TransactionStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which stored statuses a guarded header write accepts, so that the database itself refuses what the state
 * machine forbids: a header change may keep the status or make a legal transition; a record finishes only in
 * the terminal status of its own direction.
 */
final class HeaderGuards {

    private HeaderGuards() {
    }

    /** The statuses a record may have for a header change to {@code target}: {@code target} itself and its legal predecessors. */
    static Set<TransactionStatus> mayBecome(TransactionStatus target) {
        Set<TransactionStatus> statuses = EnumSet.of(target);
        for (TransactionStatus status : TransactionStatus.values()) {
            if (status.canMoveTo(target)) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    /** The statuses a record may have to finish as {@code terminal}: that status, or one that drives or parks its phase. */
    static Set<TransactionStatus> mayFinishAs(TransactionStatus terminal) {
        Set<TransactionStatus> statuses = EnumSet.of(terminal);
        for (TransactionStatus status : TransactionStatus.values()) {
            if (status.phase().map(TransactionStatus::finished).filter(terminal::equals).isPresent()) {
                statuses.add(status);
            }
        }
        return statuses;
    }
}
