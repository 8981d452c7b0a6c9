package io.github.litetcc.dubbo;

import java.util.concurrent.CountDownLatch;

/**
 * A provider in a JVM of its own, for the tests that kill one: exports the account service (in-memory state and
 * fence) on the loopback port given as the argument, prints {@code READY}, and when a try for the account
 * {@code slow} arrives prints {@code TRYING slow} and blocks, so the test can kill it there.
 */
public final class ProviderProcess {
    /** Never released: a try of {@code slow} waits here until the test kills this JVM (bounded). */
    private static final CountDownLatch UNTIL_KILLED = new CountDownLatch(1);

    private ProviderProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        Accounts accounts = new Accounts();
        accounts.onTry = account -> {
            if (account.equals("slow")) {
                System.out.println("TRYING slow");
                System.out.flush();
                awaitKill();
            }
        };
        accounts.open("amy", 1000).open("slow", 1000);
        DubboNode node = new DubboNode("child-accounts", port, new io.github.litetcc.repository.memory.InMemoryTransactionRepository(),
                TccDubboConfig.DEFAULT);
        node.export(AccountService.class, accounts, "accounts");
        node.start();
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await(java.time.Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        node.close();
    }

    private static void awaitKill() {
        try {
            UNTIL_KILLED.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
