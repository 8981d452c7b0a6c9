package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.repository.RecordCodec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The hash that holds one record. Header fields are plain text: {@code format}, {@code status} (the status
 * code), {@code version}, {@code attempts}, {@code created}, {@code deadline}, {@code next} (epoch millis;
 * absent when never due), {@code owner}, {@code error}. Each branch is a field {@code b:<id>} holding
 * {@link RecordCodec#encodeBranch}; its try context, once attached, is {@code x:<id>} ({@code v} and the bytes) and its phase-2 result {@code s:<id>} (a status code; absent means ENLISTED).
 */
final class RecordHash {
    /** The layout version written in {@code format}; a record with another one is refused as corrupt. */
    static final String FORMAT = "1";

    private RecordHash() {
    }

    static String branchField(Object branchId) {
        return "b:" + branchId;
    }

    static String contextField(Object branchId) {
        return "x:" + branchId;
    }

    static String stateField(Object branchId) {
        return "s:" + branchId;
    }

    static byte[] contextValue(byte[] context) {
        byte[] value = new byte[context.length + 1];
        value[0] = 'v';
        System.arraycopy(context, 0, value, 1, context.length);
        return value;
    }

    /** Reads a record; throws {@link CorruptRecordException} naming the key and what is wrong. */
    static GlobalTransaction decode(TransactionKey key, Map<String, byte[]> fields) {
        try {
            String format = text(fields, "format");
            if (!FORMAT.equals(format)) {
                throw new CorruptRecordException("unsupported format version " + format + " (this node reads " + FORMAT + ")");
            }
            return new GlobalTransaction(key, TransactionStatus.fromCode(Integer.parseInt(text(fields, "status"))),
                    branches(fields), instant(fields, "created"), instant(fields, "deadline"),
                    Integer.parseInt(text(fields, "attempts")),
                    fields.containsKey("next") ? instant(fields, "next") : null,
                    optionalText(fields, "owner"), optionalText(fields, "error"),
                    Long.parseLong(text(fields, "version")));
        } catch (CorruptRecordException | InvalidInputException | IllegalArgumentException e) {
            throw new CorruptRecordException("Record " + key + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Branch> branches(Map<String, byte[]> fields) {
        List<Branch> branches = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("b:")) {
                branches.add(branch(name.substring(2), value, fields));
            }
        });
        return branches;
    }

    private static Branch branch(String id, byte[] encoded, Map<String, byte[]> fields) {
        Branch branch = RecordCodec.decodeBranch(encoded);
        if (!branch.id().toString().equals(id)) {
            throw new CorruptRecordException("field b:" + id + " holds branch " + branch.id());
        }
        byte[] context = fields.get(contextField(id));
        if (context != null) {
            branch = branch.withTryContext(context.length > 0 && context[0] == 'v'
                    ? Arrays.copyOfRange(context, 1, context.length) : null);
        }
        byte[] state = fields.get(stateField(id));
        BranchStatus status = state == null ? branch.status() : BranchStatus.fromCode(Integer.parseInt(string(state)));
        return new Branch(branch.id(), branch.kind(), branch.participant(), branch.group(), branch.version(),
                branch.arguments(), branch.tryContext(), status);
    }

    private static Instant instant(Map<String, byte[]> fields, String name) {
        return Instant.ofEpochMilli(Long.parseLong(text(fields, name)));
    }

    private static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        if (value == null) {
            throw new CorruptRecordException("field '" + name + "' is missing");
        }
        return string(value);
    }

    private static String optionalText(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null ? null : string(value);
    }

    private static String string(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
