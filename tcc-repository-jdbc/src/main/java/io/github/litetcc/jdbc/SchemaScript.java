package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DDL script shipped as a class-path resource: written with the default table prefix {@code tcc_}, which
 * {@link #statements(String)} replaces with the configured one. Lines starting with {@code --} are comments;
 * statements end with {@code ;} at the end of a line, or with the delimiter a {@code DELIMITER} line set.
 */
public final class SchemaScript {
    private static final String DELIMITER = "DELIMITER ";
    private static final Pattern DEFAULT_PREFIX = Pattern.compile("\\btcc_");
    private final String resource;
    private final String text;

    private SchemaScript(String resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    /** Loads {@code resource} from this module's class path; a missing one is a packaging error. */
    public static SchemaScript load(String resource) {
        try (InputStream in = SchemaScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TccConfigurationException("DDL resource " + resource + " is missing from the class path");
            }
            return new SchemaScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TccConfigurationException("Cannot read DDL resource " + resource + ": " + e.getMessage(), e);
        }
    }

    public String resource() {
        return resource;
    }

    /**
     * The script's statements, with every table and index name moved to {@code tablePrefix}. A statement ends with
     * the delimiter at the end of a line: {@code ;}, or what a {@code DELIMITER} line (as the mysql client reads it)
     * set, so that a trigger's body may hold {@code ;}.
     */
    public List<String> statements(String tablePrefix) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder statement = new StringBuilder();
        for (String line : text.lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.regionMatches(true, 0, DELIMITER, 0, DELIMITER.length())) {
                delimiter = trimmed.substring(DELIMITER.length()).trim();
                continue;
            }
            if (trimmed.endsWith(delimiter)) {
                statement.append(trimmed, 0, trimmed.length() - delimiter.length());
                add(statements, statement, tablePrefix);
            } else {
                statement.append(line).append('\n');
            }
        }
        add(statements, statement, tablePrefix);
        return List.copyOf(statements);
    }

    /** Runs every statement of the script, with {@code tablePrefix}, on {@code connection}, in order. */
    public void run(Connection connection, String tablePrefix) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : statements(tablePrefix)) {
                statement.execute(ddl);
            }
        }
    }

    /** How to adapt a script to {@code tablePrefix}, for a message telling the user to run it: empty for the default. */
    public static String prefixHint(String tablePrefix) {
        return tablePrefix.equals("tcc_") ? "" : " with 'tcc_' replaced by '" + tablePrefix + "'";
    }

    private static void add(List<String> statements, StringBuilder statement, String tablePrefix) {
        String text = statement.toString().trim();
        statement.setLength(0);
        if (!text.isEmpty()) {
            statements.add(DEFAULT_PREFIX.matcher(text).replaceAll(Matcher.quoteReplacement(tablePrefix)));
        }
    }
}
