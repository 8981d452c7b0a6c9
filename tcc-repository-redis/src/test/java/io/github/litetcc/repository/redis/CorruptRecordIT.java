package io.github.litetcc.repository.redis;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.redis.RedisConnection;
import io.github.litetcc.redis.RedisServers;
import io.github.litetcc.redis.TestNamespace;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.DueRecords;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.github.litetcc.repository.redis.Records.decided;
import static io.github.litetcc.repository.redis.Records.begin;
import static io.github.litetcc.repository.redis.Records.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hashes damaged behind the repository's back are reported with their key; the other records proceed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorruptRecordIT {
    private final String namespace = TestNamespace.random();
    private final RedisRepositoryConfig config = RedisRepositoryConfig.DEFAULT.withNamespace(namespace).withShards(3);
    private final RecordKeys keys = new RecordKeys(namespace, config.shards());
    private RedisConnection connection;
    private RedisTransactionRepository repository;

    @BeforeAll
    void connect() {
        connection = RedisServers.standalone().connect();
        repository = new RedisTransactionRepository(connection, config);
    }

    @AfterAll
    void deleteKeys() {
        TestNamespace.delete(connection, namespace);
        connection.close();
    }

    @Test
    void badBytesUnknownStatusAndWrongFormatAreReportedWithTheirKeyWhileTheRestProceed() {
        TransactionKey badBytes = dueRecord();
        TransactionKey unknownStatus = dueRecord();
        TransactionKey wrongFormat = dueRecord();
        TransactionKey healthy = dueRecord();
        damage(badBytes, "b:1", new byte[] {(byte) 0xB1, 1, 0, 9, 'x'});
        damage(unknownStatus, "status", "99".getBytes(StandardCharsets.UTF_8));
        damage(wrongFormat, "format", "7".getBytes(StandardCharsets.UTF_8));

        DueRecords due = repository.findDue(100);

        assertThat(due.records()).extracting(GlobalTransaction::key).contains(healthy)
                .doesNotContain(badBytes, unknownStatus, wrongFormat);
        assertThat(due.corrupt()).extracting(CorruptRecord::key).contains(badBytes, unknownStatus, wrongFormat)
                .doesNotContain(healthy);
        assertThat(due.corrupt()).filteredOn(c -> c.key().equals(unknownStatus)).singleElement()
                .satisfies(c -> assertThat(c.problem()).contains(unknownStatus.toString(), "99"));
        assertThat(due.corrupt()).filteredOn(c -> c.key().equals(wrongFormat)).singleElement()
                .satisfies(c -> assertThat(c.problem()).contains("format version 7"));
        assertThatThrownBy(() -> repository.find(badBytes)).isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining(badBytes.toString());
    }

    @Test
    void postponedCorruptRecordLeavesTheDueListAndListingsSkipIt() {
        TransactionKey broken = dueRecord();
        TransactionKey healthy = dueRecord();
        damage(broken, "status", "x".getBytes(StandardCharsets.UTF_8));

        repository.postpone(broken, Duration.ofHours(1));

        DueRecords due = repository.findDue(100);
        assertThat(due.corrupt()).extracting(CorruptRecord::key).doesNotContain(broken);
        assertThat(due.records()).extracting(GlobalTransaction::key).contains(healthy);
        assertThat(repository.list(TransactionQuery.unfinished(100)).items()).extracting(GlobalTransaction::key)
                .contains(healthy).doesNotContain(broken);
    }

    private TransactionKey dueRecord() {
        TransactionKey key = newKey();
        repository.create(begin(key));
        repository.compareAndSet(key, 1, decided(TransactionStatus.CONFIRMING));
        return key;
    }

    private void damage(TransactionKey key, String field, byte[] value) {
        connection.call("Damaging " + key, commands -> commands.hset(keys.record(key),
                field.getBytes(StandardCharsets.UTF_8), value));
    }
}
