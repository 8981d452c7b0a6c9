package io.github.litetcc.bench.store;

import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.Xid;
import io.github.litetcc.repository.RecordCodec;
import io.github.litetcc.spi.NewTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The records the benchmark writes: remote branches of a checkout (an inventory reservation and a payment), each
 * with {@code argumentBytes} of serialized try arguments, and the sizes of the bare writes they are compared with.
 * A record's header is counted as {@value #HEADER_BYTES} bytes (key, xid, owner, status, times, attempts, version).
 */
final class Workload {
    static final int HEADER_BYTES = 128;
    static final int DECISION_BYTES = 64;
    static final int RESULT_BYTES = 16;
    static final String OWNER = "bench-node-1";
    static final BranchId FIRST = BranchId.parse("1");
    static final BranchId SECOND = BranchId.parse("2");
    private static final ParticipantId INVENTORY = new ParticipantId("com.example.shop.InventoryService", "reserve",
            List.of("java.lang.String", "java.util.List", "int"));
    private static final ParticipantId PAYMENT = new ParticipantId("com.example.shop.PaymentService", "charge",
            List.of("java.lang.String", "java.math.BigDecimal"));

    private final Branch first;
    private final Branch second;

    Workload(int argumentBytes) {
        SplittableRandom random = new SplittableRandom(42);
        first = Branch.remote(FIRST, INVENTORY, "shop", "1.0.0", bytes(random, argumentBytes));
        second = Branch.remote(SECOND, PAYMENT, "shop", "1.0.0", bytes(random, argumentBytes));
    }

    static TransactionKey newKey() {
        return TransactionKey.root(Xid.generate(Instant.now()));
    }

    /** A new record with the first branch, due for recovery {@code timeout} from now (no grace). */
    NewTransaction begin(TransactionKey key, Duration timeout) {
        return new NewTransaction(key, timeout, Duration.ZERO, OWNER, first);
    }

    Branch second() {
        return second;
    }

    /** Bytes a begin carries: the header and the first branch as encoded for the log. */
    int beginBytes() {
        return HEADER_BYTES + RecordCodec.encodeBranch(first).length;
    }

    /** Bytes an enlist carries: the encoded branch. */
    int enlistBytes() {
        return RecordCodec.encodeBranch(second).length;
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }
}
