package io.github.litetcc.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * A data source that hands out one real connection again and again, and ignores {@code close()}, so a test can
 * see which settings a caller left on it. Not thread-safe; for single-threaded tests.
 */
public final class SingleConnectionDataSource implements DataSource {
    private final Connection target;
    private final Connection handedOut;

    public SingleConnectionDataSource(Connection target) {
        this.target = target;
        this.handedOut = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The connection itself, for the test's own checks. */
    public Connection target() {
        return target;
    }

    @Override
    public Connection getConnection() {
        return handedOut;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return handedOut;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
