package io.github.litetcc.repository;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.TccException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact, versioned binary form of branches and records, for stores that keep them as bytes
 * (the in-memory repository, Redis). Every encoding starts with a magic byte and {@link #FORMAT_VERSION};
 * a decoder refuses anything else with a {@link CorruptRecordException}. Stateless and thread-safe.
 */
public final class RecordCodec {
    /** The format version written by this codec. */
    public static final int FORMAT_VERSION = 1;
    private static final int BRANCH_MAGIC = 0xB1;
    private static final int RECORD_MAGIC = 0xC1;
    private static final int MAX_BRANCHES = 10_000;

    private RecordCodec() {
    }

    public static byte[] encodeBranch(Branch branch) {
        return write(out -> {
            header(out, BRANCH_MAGIC);
            writeBranch(out, branch);
        });
    }

    public static Branch decodeBranch(byte[] bytes) {
        return read(bytes, in -> {
            checkHeader(in, BRANCH_MAGIC);
            return readBranch(in);
        });
    }

    public static byte[] encodeRecord(GlobalTransaction record) {
        return write(out -> {
            header(out, RECORD_MAGIC);
            out.writeUTF(record.key().toString());
            out.writeByte(record.status().code());
            out.writeLong(record.createdAt().toEpochMilli());
            out.writeLong(record.deadline().toEpochMilli());
            out.writeInt(record.attempts());
            out.writeLong(record.nextAttemptAt() == null ? Long.MIN_VALUE : record.nextAttemptAt().toEpochMilli());
            writeNullable(out, record.owner());
            writeNullable(out, record.lastError());
            out.writeLong(record.version());
            out.writeInt(record.branches().size());
            for (Branch branch : record.branches()) {
                writeBranch(out, branch);
            }
        });
    }

    public static GlobalTransaction decodeRecord(byte[] bytes) {
        return read(bytes, in -> {
            checkHeader(in, RECORD_MAGIC);
            TransactionKey key = TransactionKey.parse(in.readUTF());
            TransactionStatus status = TransactionStatus.fromCode(in.readUnsignedByte());
            Instant createdAt = Instant.ofEpochMilli(in.readLong());
            Instant deadline = Instant.ofEpochMilli(in.readLong());
            int attempts = in.readInt();
            long next = in.readLong();
            String owner = readNullable(in);
            String lastError = readNullable(in);
            long version = in.readLong();
            int count = in.readInt();
            if (count < 0 || count > MAX_BRANCHES) {
                throw new CorruptRecordException("Record " + key + " claims " + count + " branches");
            }
            List<Branch> branches = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                branches.add(readBranch(in));
            }
            return new GlobalTransaction(key, status, branches, createdAt, deadline, attempts,
                    next == Long.MIN_VALUE ? null : Instant.ofEpochMilli(next), owner, lastError, version);
        });
    }

    private static void writeBranch(DataOutputStream out, Branch branch) throws IOException {
        out.writeUTF(branch.id().toString());
        out.writeByte(branch.kind().code());
        out.writeUTF(branch.participant().resource());
        out.writeUTF(branch.participant().method());
        out.writeShort(branch.participant().parameterTypes().size());
        for (String type : branch.participant().parameterTypes()) {
            out.writeUTF(type);
        }
        writeNullable(out, branch.group());
        writeNullable(out, branch.version());
        writeBytes(out, branch.arguments());
        writeBytes(out, branch.tryContext());
        out.writeByte(branch.status().code());
    }

    private static Branch readBranch(DataInputStream in) throws IOException {
        BranchId id = BranchId.parse(in.readUTF());
        BranchKind kind = BranchKind.fromCode(in.readUnsignedByte());
        String resource = in.readUTF();
        String method = in.readUTF();
        int parameterCount = in.readUnsignedShort();
        List<String> types = new ArrayList<>(parameterCount);
        for (int i = 0; i < parameterCount; i++) {
            types.add(in.readUTF());
        }
        String group = readNullable(in);
        String version = readNullable(in);
        byte[] arguments = readBytes(in);
        byte[] tryContext = readBytes(in);
        BranchStatus status = BranchStatus.fromCode(in.readUnsignedByte());
        return new Branch(id, kind, new ParticipantId(resource, method, types), group, version, arguments, tryContext, status);
    }

    private static void header(DataOutputStream out, int magic) throws IOException {
        out.writeByte(magic);
        out.writeByte(FORMAT_VERSION);
    }

    private static void checkHeader(DataInputStream in, int magic) throws IOException {
        int actualMagic = in.readUnsignedByte();
        int version = in.readUnsignedByte();
        if (actualMagic != magic) {
            throw new CorruptRecordException("Not an encoded " + (magic == RECORD_MAGIC ? "record" : "branch")
                    + ": first byte 0x" + Integer.toHexString(actualMagic));
        }
        if (version != FORMAT_VERSION) {
            throw new CorruptRecordException("Unsupported record format version " + version + " (this node reads " + FORMAT_VERSION + ")");
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < -1 || length > in.available()) {
            throw new CorruptRecordException("Bad byte-array length " + length);
        }
        if (length == -1) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new TccException("Encoding failed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        if (bytes == null || bytes.length < 2) {
            throw new CorruptRecordException("Encoded record is empty or truncated");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            T value = reader.read(in);
            if (in.available() > 0) {
                throw new CorruptRecordException(in.available() + " unexpected trailing bytes");
            }
            return value;
        } catch (java.io.EOFException e) {
            throw new CorruptRecordException("Cannot decode stored record: truncated", e);
        } catch (IOException | IllegalArgumentException | NullPointerException | io.github.litetcc.InvalidInputException e) {
            throw new CorruptRecordException("Cannot decode stored record: " + e, e);
        }
    }
}
