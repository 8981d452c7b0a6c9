package io.github.litetcc.spring.boot;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.repository.redis.RedisTransactionRepository;
import io.github.litetcc.spi.TransactionQuery;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.OrderStarter;
import io.github.litetcc.spring.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log on the local Redis server, chosen by properties; transactions commit and cancel through it. */
@SpringBootTest(classes = ShopApplication.class, properties = {"tcc.repository.type=redis",
        "tcc.repository.redis.uri=redis://127.0.0.1:6379", "tcc.repository.redis.namespace=litetcc-spring-it"})
class RedisRepositoryIT {
    @Autowired
    LiteTcc tcc;
    @Autowired
    OrderStarter orders;
    @Autowired
    Ledger ledger;

    @Test
    void transactionsCommitAndCancelWithTheirLogOnRedis() {
        assertThat(tcc.repository()).isInstanceOf(RedisTransactionRepository.class);
        ledger.clear();

        orders.place("kettle", "hank");
        assertThatThrownBy(() -> orders.place("missing-toaster", "hank")).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.actions()).contains("sell kettle", "capture hank", "release missing-toaster");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->   // finished behind the caller
                assertThat(tcc.operations().list(TransactionQuery.unfinished(10)).items()).isEmpty());
    }
}
