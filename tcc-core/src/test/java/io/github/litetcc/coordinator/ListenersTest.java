package io.github.litetcc.coordinator;

import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.model.TransactionStatus;
import io.github.litetcc.model.Xid;
import io.github.litetcc.spi.TransactionListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ListenersTest {
    private final TransactionKey key = TransactionKey.root(Xid.generate(Instant.now()));

    @Test
    void aListenerThatThrowsIsIgnoredAndTheOthersStillHearTheEvent() {
        List<String> heard = new ArrayList<>();
        TransactionListener failing = new TransactionListener() {
            @Override
            public void statusChanged(TransactionKey k, TransactionStatus from, TransactionStatus to) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        TransactionListener recording = new TransactionListener() {
            @Override
            public void statusChanged(TransactionKey k, TransactionStatus from, TransactionStatus to) {
                heard.add(k + " " + from + " -> " + to);
            }
        };
        Listeners listeners = new Listeners(List.of(failing, recording));

        assertThatCode(() -> listeners.statusChanged(key, TransactionStatus.TRYING, TransactionStatus.CONFIRMING))
                .doesNotThrowAnyException();

        assertThat(heard).containsExactly(key + " TRYING -> CONFIRMING");
    }

    @Test
    void theNoOpListenerAcceptsEveryEvent() {
        Listeners listeners = new Listeners(List.of(TransactionListener.NONE));

        assertThatCode(() -> {
            listeners.begun(key);
            listeners.finished(key, TransactionStatus.CONFIRMED, 3);
        }).doesNotThrowAnyException();
    }
}
