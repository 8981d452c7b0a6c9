package io.github.litetcc.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A loopback address where no database listens: a port that was free a moment ago. */
final class DeadServer {

    private DeadServer() {
    }

    /** A JDBC URL of {@code database}'s driver pointing at a loopback port nothing listens on, with {@code parameters}. */
    static String url(TestDatabase database, String parameters) {
        String address = "//127.0.0.1:" + freePort() + "/test?";
        return switch (database) {
            case H2 -> throw new IllegalArgumentException("H2 runs in memory: it has no server to miss");
            case MARIADB -> "jdbc:mariadb:" + address + parameters;
            case MARIADB_CONNECTOR_J -> "jdbc:mysql:" + address + "sslMode=DISABLED&" + parameters;
            case POSTGRESQL -> "jdbc:postgresql:" + address + parameters;
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
