package io.github.litetcc.test.contract;

import io.github.litetcc.CorruptRecordException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.CorruptRecord;
import io.github.litetcc.spi.NewTransaction;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture of the repository contract: a fresh repository per test, fresh keys, and clean-up that
 * retires every record a test created, so the suite can run again and again against a shared server.
 * Part of {@link TransactionRepositoryContract}: extend that class, not this one.
 */
public abstract class RepositoryContractSupport {
    /** Timeout of records begun by {@link #begin()}: long enough that they never become due on their own. */
    protected static final Duration TIMEOUT = Duration.ofHours(1);
    /** Grace of records begun by {@link #begin()}. */
    protected static final Duration GRACE = Duration.ofSeconds(5);
    /** Owner of records begun by {@link #begin()}. */
    protected static final String STARTER = "contract-starter";

    private final Queue<TransactionKey> createdKeys = new ConcurrentLinkedQueue<>();
    /** The repository under test, fresh for each test. */
    protected TransactionRepository repository;
    private TransactionKey floor;

    /** A new repository for one test; it may share its store with earlier tests and other processes. */
    protected abstract TransactionRepository createRepository();

    /**
     * Damages the stored record of {@code key} in place so that it can no longer be read (bad bytes, an
     * unknown status code…), keeping its due time: {@code findDue} must then report it as corrupt.
     */
    protected abstract void corrupt(TransactionRepository repository, TransactionKey key);

    /** Releases what {@link #createRepository()} opened; nothing by default. */
    protected void releaseRepository(TransactionRepository repository) {
    }

    /** How many due records a test asks for when it looks for its own among those of other tests. */
    protected int dueScanLimit() {
        return 1000;
    }

    @BeforeEach
    void openRepository() {
        floor = TransactionKey.root(Xid.parse(String.format("%012x", Instant.now().toEpochMilli() - 1) + "0".repeat(20)));
        repository = createRepository();
    }

    @AfterEach
    void retireCreatedRecords() {
        try {
            createdKeys.forEach(this::retireQuietly);
        } finally {
            releaseRepository(repository);
        }
    }

    /** A key below every key this test creates: where a listing of this test's records starts. */
    protected TransactionKey floor() {
        return floor;
    }

    /** A fresh root key, retired after the test. */
    protected TransactionKey newKey() {
        return track(TransactionKey.root(Xid.generate(Instant.now())));
    }

    /** The key of the record a nested participant keeps for {@code owner}'s children, retired after the test. */
    protected TransactionKey nestedKey(Xid xid, String owner) {
        return track(new TransactionKey(xid, BranchId.parse(owner)));
    }

    /** Creates a TRYING record with local branch 1 under a fresh key; it is not due for an hour. */
    protected TransactionKey begin() {
        TransactionKey key = newKey();
        repository.create(new NewTransaction(key, TIMEOUT, GRACE, STARTER, local("1")));
        return key;
    }

    protected static Branch local(String id) {
        return Branch.local(BranchId.parse(id), new ParticipantId("inventoryService", "reserve", List.of("long", "int")),
                bytes("arguments of " + id));
    }

    protected static Branch remote(String id) {
        return Branch.remote(BranchId.parse(id), new ParticipantId("com.example.PaymentService", "pay",
                List.of("java.lang.String", "java.math.BigDecimal")), "payments", "1.0.0", bytes("remote arguments of " + id));
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The stored record, which must exist. */
    protected GlobalTransaction stored(TransactionKey key) {
        return repository.find(key).orElseThrow(() -> new AssertionError("no record " + key));
    }

    /** A header change to {@code status} with no attempts, owner or error. */
    protected static RecordUpdate header(TransactionStatus status, Duration nextAttemptIn) {
        return new RecordUpdate(status, 0, nextAttemptIn, null, null);
    }

    /** Decides the record (CONFIRMING) and makes it due now. */
    protected void decideDueNow(TransactionKey key) {
        assertThat(repository.compareAndSet(key, stored(key).version(), header(TransactionStatus.CONFIRMING, Duration.ZERO)))
                .as("decision of %s", key).isTrue();
    }

    /** The readable due records among {@code keys}, in the order findDue returned them. */
    protected List<GlobalTransaction> dueAmong(Collection<TransactionKey> keys) {
        return repository.findDue(dueScanLimit()).records().stream().filter(record -> keys.contains(record.key())).toList();
    }

    /** The keys among {@code keys} that findDue reported as corrupt. */
    protected List<CorruptRecord> corruptAmong(Collection<TransactionKey> keys) {
        return repository.findDue(dueScanLimit()).corrupt().stream().filter(record -> keys.contains(record.key())).toList();
    }

    private TransactionKey track(TransactionKey key) {
        createdKeys.add(key);
        return key;
    }

    /** Best effort: a record this test left is finished (or parked), so it never becomes due for another test. */
    private void retireQuietly(TransactionKey key) {
        try {
            readableRecord(key).filter(found -> !found.status().isTerminal()).ifPresent(this::retire);
        } catch (RuntimeException e) {
            // Clean-up only: the test itself has already reported whatever is broken.
        }
    }

    /** The record, or empty when it is absent or unreadable; an unreadable one is moved out of everyone's way. */
    private Optional<GlobalTransaction> readableRecord(TransactionKey key) {
        try {
            return repository.find(key);
        } catch (CorruptRecordException e) {
            repository.postpone(key, Duration.ofDays(3650));
            return Optional.empty();
        }
    }

    private void retire(GlobalTransaction record) {
        TransactionStatus driving = switch (record.status()) {
            case TRYING, CANCELLING, PARKED_CANCELLING -> TransactionStatus.CANCELLING;
            default -> TransactionStatus.CONFIRMING;
        };
        long version = record.version();
        if (record.status() != driving) {
            RecordUpdate park = new RecordUpdate(driving, record.attempts(), null, null, "retired by the contract suite");
            if (!repository.compareAndSet(record.key(), version, park)) {
                return;
            }
            version++;
        }
        repository.finish(record.key(), version, TransactionStatus.finished(driving.phase().orElseThrow()));
    }
}
