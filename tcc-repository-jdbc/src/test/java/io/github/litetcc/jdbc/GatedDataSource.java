package io.github.litetcc.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A data source in front of a real one that can hold callers at the door: after {@link #holdNext(int)}, that many
 * {@code getConnection()} calls wait until {@link #release()} (at most a minute), so a test can keep writes in
 * flight while others queue behind them. After {@link #breakNext()}, the next connection handed out is closed first.
 */
public final class GatedDataSource implements DataSource {
    private final DataSource target;
    private final AtomicInteger toHold = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger toBreak = new AtomicInteger();
    private final AtomicInteger handedOut = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public GatedDataSource(DataSource target) {
        this.target = target;
    }

    /** The next {@code callers} calls of {@code getConnection()} wait until {@link #release()}. */
    public void holdNext(int callers) {
        gate = new CountDownLatch(1);
        held.set(0);
        toHold.set(callers);
    }

    /** How many callers wait at the door now. */
    public int held() {
        return held.get();
    }

    /** Lets the held callers through. */
    public void release() {
        gate.countDown();
    }

    /** How many connections were handed out so far. */
    public int handedOut() {
        return handedOut.get();
    }

    /** The next connection handed out is closed before it is handed out, as if the server had dropped it. */
    public void breakNext() {
        toBreak.incrementAndGet();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (toHold.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            held.incrementAndGet();
            try {
                gate.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted at the gate", e);
            }
        }
        Connection connection = target.getConnection();
        handedOut.incrementAndGet();
        if (toBreak.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            connection.unwrap(Connection.class).close();
            connection.close();
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException("The tests open connections with the data source's own user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
