package io.github.litetcc.bench.store;

/** What differs between the two databases in the benchmark's own SQL (its tables and the log filler). */
enum JdbcFlavour {
    MARIADB("MariaDB", "VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin", "MEDIUMBLOB",
            "seq_%d_to_%d s", "LOWER(LPAD(HEX(s.seq), 20, '0'))", "ANALYZE TABLE "),
    POSTGRESQL("PostgreSQL", "VARCHAR(64) COLLATE \"C\"", "BYTEA",
            "generate_series(%d, %d) AS s(seq)", "LPAD(TO_HEX(s.seq), 20, '0')", "ANALYZE ");

    private final String label;
    private final String keyType;
    private final String blobType;
    private final String series;
    private final String hexOfSeq;
    private final String analyze;

    JdbcFlavour(String label, String keyType, String blobType, String series, String hexOfSeq, String analyze) {
        this.label = label;
        this.keyType = keyType;
        this.blobType = blobType;
        this.series = series;
        this.hexOfSeq = hexOfSeq;
        this.analyze = analyze;
    }

    String label() {
        return label;
    }

    /** The bare-write table: a key like the log's and a payload. */
    String createBareTable(String table) {
        return "CREATE TABLE " + table + " (id " + keyType + " NOT NULL PRIMARY KEY, payload " + blobType + " NOT NULL)";
    }

    /** A row source of the numbers {@code from} to {@code to} as column {@code s.seq}. */
    String series(long from, long to) {
        return String.format(series, from, to);
    }

    /** Refreshes the planner's statistics of {@code table}, as the server's own background work eventually does. */
    String analyze(String table) {
        return analyze + table;
    }

    /** The 20 lower-case hex digits of {@code s.seq}, zero-padded. */
    String hexOfSeq() {
        return hexOfSeq;
    }
}
