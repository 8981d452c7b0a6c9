package io.github.litetcc.dubbo;

import io.github.litetcc.UnacknowledgedBranchException;
import io.github.litetcc.spi.TransactionQuery;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Tries that Dubbo gives up on while the provider goes on: a time-out the business code swallows, and a retry
 * that reaches the provider while the first delivery still runs. Neither carries the provider's acknowledgement,
 * so each transaction cancels, and the cancel is safe although the try commits on the provider afterwards.
 */
class UnacknowledgedTriesTest {
    private static DubboNode accountsNode;
    private static Accounts accounts;
    private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> release =
            new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(0));

    @BeforeAll
    static void startNodes() {
        accounts = new Accounts();
        accounts.onTry = account -> {
            if (account.startsWith("sluggish")) {
                awaitRelease();
            }
        };
        accountsNode = new DubboNode("unacked-accounts");
        accountsNode.export(AccountService.class, accounts, "accounts");
        accountsNode.start();
    }

    @AfterAll
    static void stopNodes() {
        if (accountsNode != null) {
            accountsNode.close();
        }
    }

    @Test
    void aTryThatTimesOutAndIsSwallowedIsNeverAcknowledgedAndItsLateCommitIsCancelled() {
        accounts.open("sluggish-tom", 100);
        release.set(new java.util.concurrent.CountDownLatch(1));

        try (DubboNode shop = new DubboNode("timeout-shop").start()) {
            AccountService impatient = shop.reference(AccountService.class, "dubbo://127.0.0.1:" + accountsNode.port,
                    reference -> {
                        reference.setTimeout(300);
                        reference.setRetries(0);
                    });
            OrderService orders = shop.tcc.proxy(OrderService.class, new Orders(), "orders", null);

            assertThatThrownBy(() -> orders.place(() -> {
                try {
                    return impatient.freeze("sluggish-tom", 10);
                } catch (RpcException timeout) {
                    return "carried on regardless";
                }
            })).isInstanceOf(UnacknowledgedBranchException.class);
            release.get().countDown();

            awaitCancelled(shop, "sluggish-tom");
        }
    }

    @Test
    void aRetryOfATryStillRunningReusesItsBranchAndIsRefusedSoTheTryRunsOnce() {
        accounts.open("sluggish-una", 100);
        release.set(new java.util.concurrent.CountDownLatch(1));
        int tries = accounts.tries.get();

        try (DubboNode shop = new DubboNode("retry-shop").start()) {
            AccountService retrying = shop.reference(AccountService.class, "dubbo://127.0.0.1:" + accountsNode.port,
                    reference -> {
                        reference.setTimeout(300);
                        reference.setRetries(1);
                    });
            OrderService orders = shop.tcc.proxy(OrderService.class, new Orders(), "orders", null);

            assertThatThrownBy(() -> orders.place(() -> retrying.freeze("sluggish-una", 10))).hasMessageContaining("already running");
            release.get().countDown();

            awaitCancelled(shop, "sluggish-una");
        }
        assertThat(accounts.tries.get()).as("the retry carried the same branch and was refused").isEqualTo(tries + 1);
    }

    private static void awaitCancelled(DubboNode shop, String account) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            shop.tcc.recovery().runOnce();
            return shop.repository.list(TransactionQuery.unfinished(10)).items().isEmpty()
                    && accounts.frozen(account) == 0 && accounts.cancelled.contains(account);
        });
        assertThat(accounts.balances.get(account)).isEqualTo(100);
    }

    /** A sluggish try goes on only once the test says the caller has given up on it (bounded). */
    private static void awaitRelease() {
        try {
            release.get().await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
