package io.github.litetcc.repository.jdbc;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.TransactionKey;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * How a branch is written to the branch table, and what fits in it: arguments and try context up to the
 * configured payload limit, group and version up to 255 characters, the parameter type names joined by
 * {@code ','} up to 4000 characters. An enlist that does not fit is refused before anything is written.
 */
final class BranchColumns {
    /** How many columns the branch insert binds. */
    static final int COUNT = 11;
    static final int MAX_SERVICE_NAME = 255;
    static final int MAX_PARAMETER_TYPES = 4000;
    private static final String TYPE_SEPARATOR = ",";

    private BranchColumns() {
    }

    /** Throws {@link InvalidInputException} naming the limit if {@code branch} cannot be stored whole. */
    static void requireStorable(TransactionKey key, Branch branch, int maxPayloadBytes) {
        if (branch.status() != BranchStatus.ENLISTED) {
            throw new InvalidInputException("Branch " + branch.id() + " must be enlisted as ENLISTED, was " + branch.status());
        }
        String subject = "Branch " + branch.id() + " of " + key;
        requirePayload(subject, "try arguments", branch.arguments(), maxPayloadBytes);
        requirePayload(subject, "try context", branch.tryContext(), maxPayloadBytes);
        requireName(subject, "group", branch.group());
        requireName(subject, "version", branch.version());
        for (String type : branch.participant().parameterTypes()) {
            if (type.contains(TYPE_SEPARATOR)) {
                throw new InvalidInputException(subject + ": parameter type name '" + type + "' contains a ','");
            }
        }
        if (encodeTypes(branch.participant().parameterTypes()).length() > MAX_PARAMETER_TYPES) {
            throw new InvalidInputException(subject + ": its parameter type names exceed " + MAX_PARAMETER_TYPES + " characters");
        }
    }

    /** Throws {@link InvalidInputException} naming the limit if {@code payload} is longer than {@code maxBytes}. */
    static void requirePayload(String subject, String what, byte[] payload, int maxBytes) {
        if (payload != null && payload.length > maxBytes) {
            throw new InvalidInputException(subject + ": " + what + " of " + payload.length + " bytes exceed the limit of "
                    + maxBytes + " bytes (JdbcRepositoryConfig.maxPayloadBytes); nothing was written");
        }
    }

    /** Binds the eleven columns of the branch insert. */
    static void bind(PreparedStatement statement, TransactionKey key, Branch branch) throws SQLException {
        bind(statement, 0, key, branch);
    }

    /** Binds the eleven columns of the branch insert as parameters {@code offset + 1} to {@code offset + 11}. */
    static void bind(PreparedStatement statement, int offset, TransactionKey key, Branch branch) throws SQLException {
        statement.setString(offset + 1, key.toString());
        statement.setString(offset + 2, branch.id().toString());
        statement.setInt(offset + 3, branch.kind().code());
        statement.setString(offset + 4, branch.participant().resource());
        statement.setString(offset + 5, branch.participant().method());
        statement.setString(offset + 6, encodeTypes(branch.participant().parameterTypes()));
        statement.setString(offset + 7, branch.group());
        statement.setString(offset + 8, branch.version());
        statement.setBytes(offset + 9, branch.arguments());
        setNullableBytes(statement, offset + 10, branch.tryContext());
        statement.setInt(offset + 11, branch.status().code());
    }

    static void setNullableBytes(PreparedStatement statement, int index, byte[] bytes) throws SQLException {
        if (bytes == null) {
            statement.setNull(index, Types.VARBINARY);
        } else {
            statement.setBytes(index, bytes);
        }
    }

    static String encodeTypes(List<String> types) {
        return String.join(TYPE_SEPARATOR, types);
    }

    static List<String> decodeTypes(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(TYPE_SEPARATOR, -1));
    }

    private static void requireName(String subject, String what, String value) {
        if (value != null && value.length() > MAX_SERVICE_NAME) {
            throw new InvalidInputException(subject + ": " + what + " is longer than " + MAX_SERVICE_NAME + " characters");
        }
    }
}
