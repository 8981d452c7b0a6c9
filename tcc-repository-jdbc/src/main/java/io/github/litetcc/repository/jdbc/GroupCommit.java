package io.github.litetcc.repository.jdbc;

import io.github.litetcc.jdbc.JdbcFailures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit of the log's writes. A write that finds fewer than {@code maxInFlight} of this log's sends in flight
 * runs at once, alone, as it would without group commit. Writes that arrive while that many are in flight wait; when
 * one send is done, the waiting writes (up to {@code maxWritesPerCommit}) go as <b>one</b> transaction in one
 * multi-statement text, {@code START TRANSACTION; …; COMMIT}: one round trip, one statement parse and one commit for
 * the lot instead of one each, which is what the database spends most of its time on. The oldest waiting caller
 * sends it; every caller returns only once its own write committed, with the answer it would have got alone, so the
 * protocol's durability is unchanged.
 *
 * <p>A batch that fails on a statement (a duplicate key, an enlist refused because its record is no longer TRYING,
 * a deadlock) is rolled back whole, and every write in it then runs again alone, on its caller's thread, where it
 * succeeds or fails as it would have by itself. A batch whose connection fails fails each of its writes as a lone
 * write would. Needs a connection that accepts several statements in one text. Thread-safe.
 */
final class GroupCommit {
    private final DataSource dataSource;
    private final JdbcFailures failures;
    private final int maxWritesPerCommit;
    private final int maxInFlight;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PendingWrite<?>> waiting = new ArrayDeque<>();
    private final LongAdder batches = new LongAdder();
    private final LongAdder batchedWrites = new LongAdder();
    private int inFlight;

    GroupCommit(DataSource dataSource, JdbcFailures failures, int maxWritesPerCommit, int maxInFlight) {
        this.dataSource = dataSource;
        this.failures = failures;
        this.maxWritesPerCommit = maxWritesPerCommit;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Runs a write alone or with the writes waiting beside it; returns or throws what {@code alone} would.
     *
     * @param write its form in a shared transaction
     * @param alone the write on its own connection and in its own transaction, exactly as without group commit
     */
    <T> T write(BatchedWrite<T> write, Supplier<T> alone) {
        PendingWrite<T> own = new PendingWrite<>(write, alone);
        List<PendingWrite<?>> batch = enter(own);
        if (batch == null) {
            batch = own.awaitTurn();
        }
        if (batch != null) {
            send(batch);
        }
        return own.answer();
    }

    /** How many writes wait for their turn now. */
    int waitingWrites() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many transactions of two or more writes were sent so far (committed or not). */
    long batchesSent() {
        return batches.sum();
    }

    /** How many writes those transactions held. */
    long writesSentTogether() {
        return batchedWrites.sum();
    }

    /** A batch of just {@code own} to send now, or {@code null} if as many sends as allowed are in flight ({@code own} then waits). */
    private List<PendingWrite<?>> enter(PendingWrite<?> own) {
        lock.lock();
        try {
            if (inFlight == maxInFlight) {
                waiting.add(own);
                return null;
            }
            inFlight++;
            return List.of(own);
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code batch}, whose first write is the caller's own, then hands the turn on to the oldest waiting write. */
    private void send(List<PendingWrite<?>> batch) {
        try {
            if (batch.size() == 1) {
                batch.get(0).runAloneNow();
            } else {
                commitTogether(batch);
            }
        } finally {
            handOver();
        }
    }

    private void handOver() {
        List<PendingWrite<?>> next = new ArrayList<>();
        lock.lock();
        try {
            while (!waiting.isEmpty() && next.size() < maxWritesPerCommit) {
                next.add(waiting.poll());
            }
            if (next.isEmpty()) {
                inFlight--;
            }
        } finally {
            lock.unlock();
        }
        if (!next.isEmpty()) {
            next.get(0).lead(next);
        }
    }

    private void commitTogether(List<PendingWrite<?>> batch) {
        batches.increment();
        batchedWrites.add(batch.size());
        try {
            List<Supplier<?>> answers = runTogether(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answerWith(answers.get(i));
            }
        } catch (SQLException e) {
            batch.forEach(pending -> pending.fail(failures.translate("Writing " + batch.size() + " log writes in one transaction", e)));
        } catch (FailedStatement e) {
            batch.forEach(PendingWrite::runAloneLater);
        } finally {
            batch.forEach(PendingWrite::failIfUnanswered);
        }
    }

    /**
     * Sends the batch and reads its results: each write's answer once it committed. A failed statement, rolled
     * back, is a {@link FailedStatement}; a failed connection, or a rollback that failed, an {@link SQLException}.
     */
    private List<Supplier<?>> runTogether(List<PendingWrite<?>> batch) throws SQLException, FailedStatement {
        List<Supplier<?>> answers = new ArrayList<>(batch.size());
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(text(batch))) {
                int next = 1;
                for (PendingWrite<?> pending : batch) {
                    next = pending.write().binder().bind(statement, next);
                }
                readAll(statement, batch, answers);
                return answers;
            } catch (SQLException e) {
                if (isConnectionFailure(e) || !rolledBack(connection, e)) {
                    throw e;
                }
                throw new FailedStatement();
            }
        }
    }

    /** Reads each write's results, then the commit's; a failing statement throws here. */
    private static void readAll(PreparedStatement statement, List<PendingWrite<?>> batch, List<Supplier<?>> answers) throws SQLException {
        BatchResults results = new BatchResults(statement, statement.execute());
        results.updateCount();
        for (PendingWrite<?> pending : batch) {
            answers.add(pending.write().reader().read(results));
        }
        results.updateCount();
        if (!results.isExhausted()) {
            throw new SQLException("The batch returned more results than its statements");
        }
    }

    private static String text(List<PendingWrite<?>> batch) {
        StringBuilder text = new StringBuilder("START TRANSACTION");
        for (PendingWrite<?> pending : batch) {
            for (String statement : pending.write().statements()) {
                text.append("; ").append(statement);
            }
        }
        return text.append("; COMMIT").toString();
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && state.startsWith("08"));
    }

    /** Rolls back what the batch's text left open: whether that worked (else the connection is in doubt). */
    private static boolean rolledBack(Connection connection, SQLException failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
            return true;
        } catch (SQLException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /** A statement of the batch failed and the batch was rolled back: nothing of it was written. */
    private static final class FailedStatement extends Exception {
        FailedStatement() {
            super(null, null, false, false);
        }
    }
}
