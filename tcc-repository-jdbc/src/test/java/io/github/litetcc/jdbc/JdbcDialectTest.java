package io.github.litetcc.jdbc;

import io.github.litetcc.TccConfigurationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcDialectTest {

    @Test
    void theDialectIsDetectedFromTheProductNameEveryDriverReports() {
        assertThat(JdbcDialect.detect("H2")).isEqualTo(JdbcDialect.H2);
        assertThat(JdbcDialect.detect("MariaDB")).isEqualTo(JdbcDialect.MYSQL);
        assertThat(JdbcDialect.detect("MySQL")).isEqualTo(JdbcDialect.MYSQL);
        assertThat(JdbcDialect.detect("PostgreSQL")).isEqualTo(JdbcDialect.POSTGRESQL);
    }

    @Test
    void anUnsupportedProductIsRefusedNamingIt() {
        assertThatThrownBy(() -> JdbcDialect.detect("Oracle")).isInstanceOf(TccConfigurationException.class)
                .hasMessageContaining("'Oracle'").hasMessageContaining("H2, MySQL/MariaDB and PostgreSQL");
    }

    @Test
    void eachDialectRecognisesItsOwnDuplicateKeyOnly() {
        SQLException mysqlDuplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
        SQLException notNull = new SQLIntegrityConstraintViolationException("Column cannot be null", "23000", 1048);
        SQLException uniqueViolation = new SQLException("duplicate key value", "23505");

        assertThat(JdbcDialect.MYSQL.isDuplicateKey(mysqlDuplicate)).isTrue();
        assertThat(JdbcDialect.MYSQL.isDuplicateKey(notNull)).isFalse();
        assertThat(JdbcDialect.POSTGRESQL.isDuplicateKey(uniqueViolation)).isTrue();
        assertThat(JdbcDialect.H2.isDuplicateKey(uniqueViolation)).isTrue();
        assertThat(JdbcDialect.H2.isDuplicateKey(notNull)).isFalse();
    }

    @Test
    void deadlocksSerializationFailuresAndLockTimeoutsAreLostRaces() {
        assertThat(JdbcDialect.MYSQL.isLostRace(new SQLTransactionRollbackException("Deadlock", "40001", 1213))).isTrue();
        assertThat(JdbcDialect.MYSQL.isLostRace(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        assertThat(JdbcDialect.POSTGRESQL.isLostRace(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(JdbcDialect.POSTGRESQL.isLostRace(new SQLException("could not obtain lock", "55P03"))).isTrue();
        assertThat(JdbcDialect.H2.isLostRace(new SQLException("Timeout trying to lock table", "HYT00", 50200))).isTrue();
        assertThat(JdbcDialect.POSTGRESQL.isLostRace(new SQLException("relation does not exist", "42P01"))).isFalse();
    }
}
