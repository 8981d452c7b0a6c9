package io.github.litetcc.dubbo;

import io.github.litetcc.spi.TransactionQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A provider in its own JVM, killed with {@code kill -9} in the middle of a try: the starter never gets the
 * acknowledgement, so it cancels; its cancel cannot reach the dead provider and stays in the log; once a new
 * provider instance listens on the same address, recovery delivers the cancel there (any instance serves phase 2)
 * and the transaction finishes. A commit through the new instance then works as before.
 */
class ProviderCrashTest {
    private Process provider;
    private DubboNode shop;

    @AfterEach
    void stop() {
        if (shop != null) {
            shop.close();
        }
        if (provider != null) {
            provider.destroyForcibly();
        }
    }

    @Test
    void aProviderKilledDuringATryLeavesATransactionThatRecoveryCancelsOnItsNextInstance() throws Exception {
        int port = DubboNode.freePort();
        Path output = Files.createTempFile("tcc-provider", ".log");
        provider = startProvider(port, output);
        shop = new DubboNode("crash-shop").start();
        AccountService accounts = shop.reference(AccountService.class, port);
        OrderService orders = shop.tcc.proxy(OrderService.class, new Orders(), "orders", null);
        orders.place(() -> accounts.freeze("amy", 10));
        assertThat(accounts.available("amy")).isEqualTo(990);

        CompletableFuture<Object> stuck = CompletableFuture.supplyAsync(() -> orders.place(() -> accounts.freeze("slow", 10)));
        awaitLine(output, "TRYING slow");
        provider.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(stuck).failsWithin(Duration.ofSeconds(30));
        assertThat(unfinished()).as("the cancel could not be delivered to the dead provider").hasSize(1);
        provider = startProvider(port, output);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            shop.tcc.recovery().runOnce();
            return unfinished().isEmpty();
        });
        AccountService restarted = shop.reference(AccountService.class, port);
        assertThat(restarted.available("slow")).isEqualTo(1000);
        orders.place(() -> restarted.freeze("amy", 5));
        assertThat(restarted.available("amy")).as("a fresh instance starts from its own state").isEqualTo(995);
    }

    private List<?> unfinished() {
        return shop.repository.list(TransactionQuery.unfinished(10)).items();
    }

    private static Process startProvider(int port, Path output) throws IOException {
        Files.writeString(output, "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ProviderProcess.class.getName(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        awaitLine(output, "READY");
        return process;
    }

    private static void awaitLine(Path output, String line) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> read(output).contains(line));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
