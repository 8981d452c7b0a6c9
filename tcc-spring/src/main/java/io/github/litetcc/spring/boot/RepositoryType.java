package io.github.litetcc.spring.boot;

/** Where the transaction log lives ({@code tcc.repository.type}). */
public enum RepositoryType {
    /** In this process's memory: lost when it stops. For tests and single-process use only. */
    MEMORY,
    /** A relational database through {@code tcc-repository-jdbc}: H2, MySQL/MariaDB, PostgreSQL. */
    JDBC,
    /** Redis through {@code tcc-repository-redis}. */
    REDIS
}
