package io.github.litetcc.jdbc;

import io.github.litetcc.fence.jdbc.JdbcFence;
import io.github.litetcc.repository.jdbc.JdbcTransactionRepository;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database password appears in no exception (message, cause or stack trace) and no log line of a failed
 * start-up of the log or the fence: neither when the server refuses it, nor when it sits in the URL of a server
 * that cannot be reached.
 */
class CredentialsIT {
    private static final String SECRET = "litetcc-secret-" + UUID.randomUUID();
    private static final String USER = "litetcc_no_such_user";
    private static final JdbcRepositoryConfig CONFIG = JdbcRepositoryConfig.DEFAULT.withCreateSchema(true);

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"MARIADB", "MARIADB_CONNECTOR_J", "POSTGRESQL"})
    void aRefusedPasswordAppearsInNoMessageOrLogLine(TestDatabase database) {
        DataSource refused = database.unpooled(USER, SECRET);

        String log = startUpFailures(refused);

        assertThat(log).contains("credentials").doesNotContain(SECRET);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"MARIADB", "MARIADB_CONNECTOR_J", "POSTGRESQL"})
    void aPasswordInTheUrlOfAnUnreachableServerAppearsInNoMessageOrLogLine(TestDatabase database) {
        DataSource unreachable = new DriverManagerDataSource(DeadServer.url(database, "password=" + SECRET), USER, null);

        String log = startUpFailures(unreachable);

        assertThat(log).contains("Cannot connect").doesNotContain(SECRET);
    }

    /** Everything the failed start-ups of the log and the fence on {@code dataSource} printed and threw. */
    private static String startUpFailures(DataSource dataSource) {
        return whatFails(() -> new JdbcTransactionRepository(dataSource, CONFIG)) + whatFails(() -> new JdbcFence(dataSource, CONFIG));
    }

    /** The stack trace (messages, causes, suppressed) of what {@code startUp} threw, and what it logged meanwhile. */
    private static String whatFails(ThrowingCallable startUp) {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Throwable failure;
        try (PrintStream capture = new PrintStream(logged, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            failure = catchThrowable(startUp);
        } finally {
            System.setErr(original);
        }
        assertThat(failure).as("start-up failure").isNotNull();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace + logged.toString(StandardCharsets.UTF_8);
    }
}
