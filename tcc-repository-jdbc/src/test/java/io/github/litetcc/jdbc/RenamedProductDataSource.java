package io.github.litetcc.jdbc;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * A real database whose driver claims to be another product: stands in for a database LiteTCC does not support,
 * of which there is none on the test machine. Only {@code getDatabaseProductName()} is changed.
 */
final class RenamedProductDataSource {
    private RenamedProductDataSource() {
    }

    static DataSource of(DataSource real, String product) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection")
                        ? renamed(Connection.class, (Connection) call(method, real, args), product)
                        : call(method, real, args));
    }

    private static <T> T renamed(Class<T> type, Object target, String product) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("getMetaData")) {
                return renamed(DatabaseMetaData.class, call(method, target, args), product);
            }
            if (method.getName().equals("getDatabaseProductName")) {
                return product;
            }
            return call(method, target, args);
        }));
    }

    private static Object call(Method method, Object target, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
