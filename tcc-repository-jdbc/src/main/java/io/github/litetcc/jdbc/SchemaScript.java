package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A DDL script shipped as a class-path resource: written with the default table prefix {@code tcc_}, which
 * {@link #statements(String)} replaces with the configured one. Lines starting with {@code --} are comments;
 * statements end with {@code ;}.
 */
public final class SchemaScript {
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

    /** The script's statements, with every table and index name moved to {@code tablePrefix}. */
    public List<String> statements(String tablePrefix) {
        String withoutComments = text.lines()
                .filter(line -> !line.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));
        String prefixed = DEFAULT_PREFIX.matcher(withoutComments).replaceAll(Matcher.quoteReplacement(tablePrefix));
        return Arrays.stream(prefixed.split(";"))
                .map(String::trim)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
