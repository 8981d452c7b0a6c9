package io.github.litetcc.demo.launcher;

import io.github.litetcc.spi.FenceStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the four databases hold once the services stopped: the orders, each participant's per-order statuses and
 * totals, the fence rows still TRIED and the records left in the order service's JDBC log. Read with plain JDBC.
 */
record Snapshot(Map<String, OrderRow> orders, Map<String, long[]> stock, Map<String, String> reservations,
                Map<String, long[]> balances, Map<String, String> freezes, Map<String, long[]> points,
                Map<String, String> pointEntries, Map<String, Long> triedFenceRows, long logRecords) {

    /** The {@link #logRecords} of a run whose log is not in the order database (Redis). */
    static final long NOT_IN_DATABASE = -1;

    /** An order as the order service recorded it. */
    record OrderRow(String customer, String sku, int quantity, long amount, long points, String status) {
    }

    /** Reads every service's database of {@code fleet}. */
    static Snapshot read(Fleet fleet, Database db, boolean logInDatabase) throws SQLException {
        Map<String, Long> tried = new HashMap<>();
        for (String service : Fleet.SERVICES) {
            tried.put(service, count(db, fleet.jdbcUrl(service), "SELECT COUNT(*) FROM tcc_fence WHERE status = " + FenceStatus.TRIED.code()));
        }
        long log = logInDatabase ? count(db, fleet.jdbcUrl("order"), "SELECT COUNT(*) FROM tcc_transaction") : NOT_IN_DATABASE;
        return new Snapshot(orders(db, fleet.jdbcUrl("order")),
                totals(db, fleet.jdbcUrl("inventory"), "SELECT sku, stock, frozen, sold FROM inventory_stock"),
                statuses(db, fleet.jdbcUrl("inventory"), "inventory_reservation"),
                totals(db, fleet.jdbcUrl("account"), "SELECT customer, available, frozen, spent FROM account_balance"),
                statuses(db, fleet.jdbcUrl("account"), "account_freeze"),
                totals(db, fleet.jdbcUrl("points"), "SELECT customer, spendable, pending FROM points_balance"),
                statuses(db, fleet.jdbcUrl("points"), "points_entry"), tried, log);
    }

    private static Map<String, OrderRow> orders(Database db, String url) throws SQLException {
        Map<String, OrderRow> orders = new HashMap<>();
        query(db, url, "SELECT order_id, customer, sku, quantity, amount, points, status FROM orders", row -> orders.put(row.getString(1),
                new OrderRow(row.getString(2), row.getString(3), row.getInt(4), row.getLong(5), row.getLong(6), row.getString(7))));
        return orders;
    }

    private static Map<String, long[]> totals(Database db, String url, String sql) throws SQLException {
        Map<String, long[]> totals = new HashMap<>();
        query(db, url, sql, row -> {
            int columns = row.getMetaData().getColumnCount();
            long[] values = new long[columns - 1];
            for (int i = 2; i <= columns; i++) {
                values[i - 2] = row.getLong(i);
            }
            totals.put(row.getString(1), values);
        });
        return totals;
    }

    private static Map<String, String> statuses(Database db, String url, String table) throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        query(db, url, "SELECT order_id, status FROM " + table, row -> statuses.put(row.getString(1), row.getString(2)));
        return statuses;
    }

    private static long count(Database db, String url, String sql) throws SQLException {
        List<Long> result = new ArrayList<>();
        query(db, url, sql, row -> result.add(row.getLong(1)));
        return result.get(0);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Database db, String url, String sql, RowReader reader) throws SQLException {
        try (Connection connection = db.connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
