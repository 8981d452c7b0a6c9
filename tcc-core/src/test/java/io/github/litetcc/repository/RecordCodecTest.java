package io.github.litetcc.repository;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.BranchStatus;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCodecTest {
    private final Instant now = Instant.parse("2026-11-22T06:00:00.123Z");
    private final Branch local = Branch.local(BranchId.parse("1"), new ParticipantId("order", "place", List.of("java.lang.String")),
            new byte[]{1, 2, 3}).withTryContext(new byte[]{9});
    private final Branch remote = new Branch(BranchId.parse("2.1"), io.github.litetcc.model.BranchKind.REMOTE,
            new ParticipantId("com.acme.Account", "debit", List.of()), "g", "1.0", new byte[0], null, BranchStatus.CONFIRMED);

    @Test
    void roundTripsARecordWithEveryField() {
        GlobalTransaction record = new GlobalTransaction(new TransactionKey(Xid.generate(now), BranchId.parse("3")),
                TransactionStatus.PARKED_CANCELLING, List.of(local, remote), now, now.plusSeconds(10), 4, null, "node-a", "boom", 7);
        assertThat(RecordCodec.decodeRecord(RecordCodec.encodeRecord(record))).isEqualTo(record);
    }

    @Test
    void roundTripsABranch() {
        assertThat(RecordCodec.decodeBranch(RecordCodec.encodeBranch(local))).isEqualTo(local);
        assertThat(RecordCodec.decodeBranch(RecordCodec.encodeBranch(remote))).isEqualTo(remote);
    }

    @Test
    void refusesAnotherFormatVersion() {
        byte[] bytes = RecordCodec.encodeBranch(local);
        bytes[1] = 9;
        assertThatThrownBy(() -> RecordCodec.decodeBranch(bytes)).isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining("format version 9");
    }

    @Test
    void refusesTruncatedOrGarbageBytes() {
        byte[] bytes = RecordCodec.encodeBranch(local);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> RecordCodec.decodeBranch(truncated)).isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> RecordCodec.decodeBranch(new byte[]{1, 2, 3, 4})).isInstanceOf(CorruptRecordException.class);
        assertThatThrownBy(() -> RecordCodec.decodeRecord(null)).isInstanceOf(CorruptRecordException.class);
    }

    @Test
    void anUnknownStatusCodeInsideIsCorruption() {
        byte[] bytes = RecordCodec.encodeBranch(local);
        bytes[bytes.length - 1] = 42;
        assertThatThrownBy(() -> RecordCodec.decodeBranch(bytes)).isInstanceOf(CorruptRecordException.class);
    }
}
