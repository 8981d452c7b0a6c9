package io.github.litetcc.bench.e2e;

import io.github.litetcc.fence.jdbc.FencedConnection;
import io.github.litetcc.model.Phase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business state in a counter table of the fence's database, changed on the fence's connection
 * ({@link FencedConnection#current()}) so that the fence row and the business change commit together. Each
 * participant's counters are spread over {@value #SLOTS} rows (by order) so that concurrent transactions rarely
 * wait for one row lock. The fence keeps duplicates, empty cancels and late tries away, so only the five counters exist.
 */
final class TableLedger implements Ledger {
    static final int SLOTS = 16;
    private final DataSource dataSource;
    private final String table;

    TableLedger(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
        execute("CREATE TABLE IF NOT EXISTS " + table + " (participant VARCHAR(16) NOT NULL, slot INT NOT NULL, tried BIGINT NOT NULL,"
                + " confirmed BIGINT NOT NULL, cancelled BIGINT NOT NULL, held BIGINT NOT NULL, applied BIGINT NOT NULL,"
                + " PRIMARY KEY (participant, slot))");
        reset();
    }

    @Override
    public void apply(String participant, Phase phase, String order, long amount) {
        String set = switch (phase) {
            case TRY -> "tried = tried + 1, held = held + ?";
            case CONFIRM -> "confirmed = confirmed + 1, held = held - ?, applied = applied + ?";
            case CANCEL -> "cancelled = cancelled + 1, held = held - ?";
        };
        try (PreparedStatement update = FencedConnection.current().prepareStatement(
                "UPDATE " + table + " SET " + set + " WHERE participant = ? AND slot = ?")) {
            int index = 1;
            update.setLong(index++, amount);
            if (phase == Phase.CONFIRM) {
                update.setLong(index++, amount);
            }
            update.setString(index++, participant);
            update.setInt(index, Math.floorMod(order.hashCode(), SLOTS));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(phase + " of " + participant + " for order " + order + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT participant, SUM(tried), SUM(confirmed), SUM(cancelled), SUM(held),"
                     + " SUM(applied) FROM " + table + " GROUP BY participant ORDER BY participant")) {
            while (rows.next()) {
                String participant = rows.getString(1);
                String[] names = {"tried", "confirmed", "cancelled", "held", "applied"};
                for (int i = 0; i < names.length; i++) {
                    out.put(participant + "." + names[i], rows.getLong(i + 2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + table + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Map<String, String> orderStates() {
        return Map.of();
    }

    @Override
    public void reset() {
        execute("DELETE FROM " + table);
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " VALUES ");
        for (String participant : new String[] {ACCOUNT, INVENTORY}) {
            for (int slot = 0; slot < SLOTS; slot++) {
                insert.append(participant.equals(ACCOUNT) && slot == 0 ? "" : ", ").append("('").append(participant).append("', ")
                        .append(slot).append(", 0, 0, 0, 0, 0)");
            }
        }
        execute(insert.toString());
    }

    /** Drops the table. */
    void drop() {
        execute("DROP TABLE IF EXISTS " + table);
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Statement on " + table + " failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
