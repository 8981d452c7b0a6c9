package io.github.litetcc.test.contract;

import io.github.litetcc.model.GlobalTransaction;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.Page;
import io.github.litetcc.spi.RecordUpdate;
import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.github.litetcc.model.TransactionStatus.CONFIRMING;
import static io.github.litetcc.model.TransactionStatus.TRYING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository contract, part three: the operators' listing. Records of other tests may sit between this
 * test's, so each test pages from {@link #floor()} and looks at its own keys only. Part of
 * {@link TransactionRepositoryContract}: extend that class, not this one.
 */
public abstract class RecordListingContract extends RecordSchedulingContract {
    private static final int MAX_PAGES = 10_000;

    @Test
    void listReturnsTheRecordsOfTheGivenStatusesInKeyOrder() {
        List<TransactionKey> keys = Stream.generate(this::begin).limit(4).sorted().toList();
        repository.compareAndSet(keys.get(1), 1, header(CONFIRMING, Duration.ofHours(1)));

        List<TransactionKey> trying = ownKeys(listAll(TransactionQuery.byStatus(Set.of(TRYING), 100)), keys);
        List<TransactionKey> either = ownKeys(listAll(TransactionQuery.byStatus(EnumSet.of(TRYING, CONFIRMING), 100)), keys);

        assertThat(trying).containsExactly(keys.get(0), keys.get(2), keys.get(3));
        assertThat(either).containsExactlyElementsOf(keys);
    }

    @Test
    void listPagesByTheLimitAndContinuesAfterTheLastKeyOfAPage() {
        List<TransactionKey> keys = Stream.generate(this::begin).limit(5).sorted().toList();

        List<GlobalTransaction> all = listAll(TransactionQuery.byStatus(Set.of(TRYING), 2));

        assertThat(ownKeys(all, keys)).containsExactlyElementsOf(keys);
        assertThat(all).extracting(GlobalTransaction::key).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void listLeavesOutRecordsWithFewerAttemptsThanAsked() {
        List<TransactionKey> keys = Stream.generate(this::begin).limit(3).sorted().toList();
        repository.compareAndSet(keys.get(0), 1, new RecordUpdate(CONFIRMING, 3, Duration.ofHours(1), null, "failing"));
        repository.compareAndSet(keys.get(1), 1, new RecordUpdate(CONFIRMING, 1, Duration.ofHours(1), null, "failing"));

        TransactionQuery stuck = TransactionQuery.byStatus(Set.of(CONFIRMING), 100).withMinAttempts(2);

        assertThat(ownKeys(listAll(stuck), keys)).containsExactly(keys.get(0));
    }

    @Test
    void listStartsStrictlyAfterTheGivenKey() {
        List<TransactionKey> keys = Stream.generate(this::begin).limit(3).sorted().toList();

        Page<GlobalTransaction> page = repository.list(TransactionQuery.unfinished(TransactionQuery.MAX_LIMIT).withAfter(keys.get(0)));

        assertThat(page.items()).extracting(GlobalTransaction::key).allMatch(key -> key.compareTo(keys.get(0)) > 0);
        assertThat(ownKeys(page.items(), keys)).containsExactly(keys.get(1), keys.get(2));
    }

    /** Every page of {@code query} from the floor on, checking on the way how pages chain. */
    private List<GlobalTransaction> listAll(TransactionQuery query) {
        List<GlobalTransaction> all = new ArrayList<>();
        TransactionQuery next = query.withAfter(floor());
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            TransactionQuery current = next;
            Page<GlobalTransaction> page = repository.list(current);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(query.limit()).allMatch(current::matches);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            assertThat(page.items()).as("a page with a next key").isNotEmpty();
            assertThat(page.next()).contains(page.items().get(page.items().size() - 1).key());
            next = next.withAfter(page.nextAfter());
        }
        throw new AssertionError("The listing did not end within " + MAX_PAGES + " pages");
    }

    private static List<TransactionKey> ownKeys(List<GlobalTransaction> records, List<TransactionKey> keys) {
        return records.stream().map(GlobalTransaction::key).filter(keys::contains).toList();
    }
}
