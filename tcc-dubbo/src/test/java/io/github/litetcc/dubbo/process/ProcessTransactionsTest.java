package io.github.litetcc.dubbo.process;

import io.github.litetcc.dubbo.process.ServiceProcesses.Role;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter (order), two participants (wallet, stock) and a nested participant (courier → stock) as separate
 * JVMs talking Dubbo on loopback, with their business tables and fences on MariaDB and the logs of order and
 * courier on MariaDB. The JVMs are shared by the cases; a case restarts what it killed. After each case the
 * promises hold on the business tables and no transaction record is left unfinished.
 */
class ProcessTransactionsTest {
    private static final ShopDatabase DB = new ShopDatabase();
    private static ServiceProcesses services;
    private static FrameworkModel framework;
    private static OrderDesk desk;

    @BeforeAll
    static void startServices() throws Exception {
        DB.createTables();
        services = new ServiceProcesses(DB.prefix(), "jdbc");
        for (Role role : new Role[] {Role.WALLET, Role.STOCK, Role.COURIER, Role.ORDER}) {
            services.start(role);
        }
        framework = new FrameworkModel();
        DubboBootstrap client = ShopDatabase.client(framework, "process-test-client");
        desk = ShopDatabase.desk(client, services.port(Role.ORDER));
    }

    @AfterAll
    static void stopServices() throws Exception {
        try {
            if (framework != null) {
                framework.destroy();
            }
        } finally {
            if (services != null) {
                services.close();
            }
            DB.dropTables();
        }
    }

    @Test
    void aTransactionAcrossThreeJvmsCommits() throws Exception {
        assertThat(place("commit-1", "alice", 10, "book", 1, "direct")).isEqualTo("PAID");
        assertSettled();
    }

    @Test
    void aFailingSecondTryCancelsTheFirst() throws Exception {
        assertThat(place("fail-1", "alice", 10, "ghost", 1, "direct")).startsWith("FAILED").contains("out of stock");
        assertSettled();
    }

    @Test
    void aNestedTransactionCommitsItsGrandchild() throws Exception {
        assertThat(place("nested-1", "bob", 20, "book", 2, "nested")).isEqualTo("PAID");
        assertSettled();
        assertThat(courierStatus("nested-1")).isEqualTo("DISPATCHED");
    }

    @Test
    void aNestedParticipantSwallowingItsChildsFailureMakesEverythingCancel() throws Exception {
        assertThat(place("swallow-1", "bob", 20, "ghost", 2, "swallow")).startsWith("FAILED").contains("never acknowledged");
        assertSettled();
        assertThat(courierStatus("swallow-1")).isNull();
    }

    @Test
    void aParticipantKilledDuringItsConfirmIsConfirmedOnceAfterItsRestart() throws Exception {
        String answer = placeKilling(Role.WALLET, "hold=wallet-confirm", "HOLD wallet-confirm", "hold-wallet-confirm-1", "carol", 30, "direct");
        assertThat(answer).as("the decision was confirm").isEqualTo("PAID");
        assertSettled();
    }

    @Test
    void aParticipantKilledDuringItsTryLeavesATransactionThatCancelsAfterItsRestart() throws Exception {
        assertThat(placeKilling(Role.WALLET, "hold=wallet-try", "HOLD wallet-try", "hold-wallet-try-1", "carol", 30, "direct"))
                .startsWith("FAILED");
        assertSettled();
    }

    @Test
    void aStarterKilledRightAfterItsDecisionIsFinishedByAnotherStarterInstance() throws Exception {
        services.start(Role.SECOND_ORDER, "halt-after-decision=true");
        DubboBootstrap client = DubboBootstrap.getInstance(framework.defaultApplication());
        OrderDesk doomed = ShopDatabase.desk(client, services.port(Role.SECOND_ORDER));
        DB.placed("halted-1", 40, 4);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> doomed.place("halted-1", "dave", 40, "book", 4, "direct"));
        services.awaitOutput(Role.SECOND_ORDER, "DECIDED");
        services.awaitExit(Role.SECOND_ORDER);
        assertSettled();
        assertThat(orderStatus("halted-1")).isEqualTo("PAID");
        assertThat(answer.isDone() && !answer.isCompletedExceptionally()).as("the client was never told the outcome").isFalse();
    }

    @Test
    void aNestedParticipantKilledBetweenItsOwnConfirmAndItsChildsFinishesTheChildAfterItsRestart() throws Exception {
        assertThat(placeKilling(Role.COURIER, "hold-children-confirm=true", "HOLD children", "courier-held-1", "erin", 50, "nested"))
                .isEqualTo("PAID");
        assertSettled();
        assertThat(courierStatus("courier-held-1")).isEqualTo("DISPATCHED");
    }

    /**
     * Restarts {@code role} with {@code fault}, places an order of a fixed size that makes it print {@code marker},
     * kills it there, restarts it as usual and returns what the client was told.
     */
    private static String placeKilling(Role role, String fault, String marker, String orderId, String account, long amount, String route)
            throws Exception {
        services.kill(role);
        services.start(role, fault);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> place(orderId, account, amount, "book", (int) (amount / 10), route));
        services.awaitOutput(role, marker);
        services.kill(role);
        String told = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        services.start(role);
        String peer = role.name().toLowerCase();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> desk.reaches(peer));
        return told;
    }

    private static String place(String orderId, String account, long amount, String sku, int quantity, String route) {
        DB.placed(orderId, amount, quantity);
        return desk.place(orderId, account, amount, sku, quantity, route);
    }

    private static void assertSettled() {
        DB.assertSettled(DB::unfinishedInJdbcLogs);
    }

    private static String orderStatus(String orderId) throws SQLException {
        return DB.orderStatus(orderId);
    }

    private static String courierStatus(String orderId) throws SQLException {
        return DB.courierStatus(orderId);
    }
}
