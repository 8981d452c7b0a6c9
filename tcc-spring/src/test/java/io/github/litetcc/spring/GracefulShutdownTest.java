package io.github.litetcc.spring;

import io.github.litetcc.TccException;
import io.github.litetcc.spring.quartz.TccJobScheduler;
import io.github.litetcc.spring.shop.Ledger;
import io.github.litetcc.spring.shop.OrderStarter;
import io.github.litetcc.spring.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GracefulShutdownTest {

    @Test
    void closingTheContextStopsTheJobsAndRefusesNewTransactions() throws Exception {
        ConfigurableApplicationContext context = start();
        OrderStarter orders = context.getBean(OrderStarter.class);
        Scheduler scheduler = context.getBean(TccJobScheduler.class).scheduler().orElseThrow();
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(orders.place("jug", "fred")).isEqualTo("order of jug");

        context.close();

        assertThat(scheduler.isShutdown()).isTrue();
        assertThatThrownBy(() -> orders.place("vase", "fred")).isInstanceOf(TccException.class)
                .hasMessageContaining("shutting down");
    }

    @Test
    void closingTheContextLetsATransactionInFlightReachItsDecision() {
        ConfigurableApplicationContext context = start();
        Ledger ledger = context.getBean(Ledger.class);
        OrderStarter orders = context.getBean(OrderStarter.class);
        CountDownLatch release = new CountDownLatch(1);
        ledger.onRecord("pay gina", release);

        CompletableFuture<String> order = CompletableFuture.supplyAsync(() -> orders.place("rug", "gina"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ledger.actions().contains("pay gina"));
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !closing.isDone());
        release.countDown();

        assertThat(order.join()).isEqualTo("order of rug");
        closing.join();
        assertThat(ledger.actions()).contains("sell rug", "capture gina", "grant gina");
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ShopApplication.class).properties("tcc.shutdown-drain=10s").run();
    }
}
