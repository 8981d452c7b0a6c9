package io.github.litetcc.scenario;

import io.github.litetcc.test.fault.FaultInjector;
import io.github.litetcc.test.fault.SimulatedCrash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes a node at every step of a three-branch transaction (before and after each log write, each
 * fenced try, confirm and cancel, each business body), as kill -9 would: from the crash on, the node's
 * handles refuse every call. Then two fresh nodes on the same stores run recovery at once, and the
 * promises are checked on the ledger of applied effects.
 */
class CrashPointTest {

    enum Path { COMMIT, CANCEL }

    @ParameterizedTest
    @EnumSource(Path.class)
    void everyCrashPointEndsAllOrNothingOnceRecoveryHasRun(Path path) {
        int steps = stepsOfACleanRun(path);
        assertThat(steps).isGreaterThan(20);
        for (int crashAt = 1; crashAt <= steps; crashAt++) {
            Stores stores = Stores.fresh();
            FaultInjector injector = FaultInjector.crashingAt(crashAt);
            boolean told = runUntilCrash(stores, injector, path);
            assertThat(injector.hasCrashed()).as("crash point %d of %d", crashAt, steps).isTrue();
            recoverOnTwoNodesAtOnce(stores);
            String situation = path + " crashed at " + injector.crashPoint();
            boolean confirmed = Promises.assertHold(stores, situation);
            if (told) {
                assertThat(confirmed).as("%s: the caller was told it succeeded", situation).isTrue();
            }
            if (path == Path.CANCEL) {
                assertThat(confirmed).as(situation).isFalse();
            }
        }
    }

    private static int stepsOfACleanRun(Path path) {
        Stores stores = Stores.fresh();
        FaultInjector counter = FaultInjector.never();
        runUntilCrash(stores, counter, path);
        boolean confirmed = Promises.assertHold(stores, path + " without a crash");
        assertThat(confirmed).isEqualTo(path == Path.COMMIT);
        return counter.stepsTaken();
    }

    /** Runs one order on a node wired to {@code injector}; true if the caller was told it succeeded. */
    private static boolean runUntilCrash(Stores stores, FaultInjector injector, Path path) {
        try (ShopNode node = new ShopNode(stores, injector)) {
            if (path == Path.CANCEL) {
                node.account.tryFailure = new IllegalStateException("insufficient balance");
            }
            node.checkout.place("order-1");
            return true;
        } catch (SimulatedCrash | RuntimeException e) {
            return false;
        }
    }

    private static void recoverOnTwoNodesAtOnce(Stores stores) {
        stores.clock().advance(Duration.ofHours(1));
        try (ShopNode first = new ShopNode(stores, FaultInjector.never());
             ShopNode second = new ShopNode(stores, FaultInjector.never())) {
            CompletableFuture<?> a = CompletableFuture.runAsync(() -> first.recoverUntilIdle(5));
            CompletableFuture<?> b = CompletableFuture.runAsync(() -> second.recoverUntilIdle(5));
            CompletableFuture.allOf(a, b).join();
            stores.clock().advance(Duration.ofHours(1));
            first.recoverUntilIdle(5);
        }
    }
}
