package io.github.litetcc.demo.service;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;

/** Inserts a service's starting rows on its first start (tables come from its schema script); a restart keeps its data. */
public final class Seeder {
    private final JdbcTemplate jdbc;

    public Seeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts {@code values} into {@code table} unless a row with the first column's value is there already. */
    public void insertIfAbsent(String table, String columns, Object... values) {
        String key = columns.split(",")[0].trim();
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + key + " = ?", Integer.class, values[0]);
        if (present == null || present == 0) {
            String marks = String.join(", ", Collections.nCopies(values.length, "?"));
            jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", values);
        }
    }
}
