package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcDialect;
import io.github.litetcc.jdbc.JdbcFailures;
import io.github.litetcc.jdbc.JdbcRepositoryConfig;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * The log's group commit and the form its writes take there, where the log has it: on MySQL/MariaDB when the
 * connection accepts several statements in one text and more than one write may share a commit.
 */
record Grouping(GroupCommit commit, MySqlGroupedWrites writes) {
    /**
     * Batches (or lone writes) of one log sent at the same time. Two keep two server threads busy while the
     * batches grow behind them: measured end to end on 2 cores, two beat one at 8 client threads and matched it at
     * 32, and three lost at both (BENCHMARKS.md).
     */
    static final int IN_FLIGHT = 2;

    static Optional<Grouping> find(DataSource dataSource, JdbcDialect dialect, JdbcRepositoryConfig config, TransactionSql sql,
                                   OneRoundTripWrites oneRoundTrip, LogConnections connections, HeaderStatements headers) {
        if (dialect != JdbcDialect.MYSQL || config.maxWritesPerCommit() < 2
                || oneRoundTrip.multiStatement().isEmpty()) {
            return Optional.empty();
        }
        MultiStatementWrites multi = oneRoundTrip.multiStatement().get();
        Optional<EnlistTrigger> trigger = oneRoundTrip.enlist().filter(EnlistTrigger.class::isInstance).map(EnlistTrigger.class::cast);
        List<String> enlist = trigger.map(t -> List.of(t.statement())).orElseGet(multi::enlistStatements);
        MySqlGroupedWrites writes = new MySqlGroupedWrites(sql, config.archiveFinished(), enlist, trigger.isPresent(), connections, headers);
        return Optional.of(new Grouping(new GroupCommit(dataSource, new JdbcFailures(dialect), config.maxWritesPerCommit(), IN_FLIGHT), writes));
    }
}
