package io.github.litetcc.dubbo.process;

import io.github.litetcc.dubbo.process.ServiceProcesses.Role;
import io.github.litetcc.repository.redis.RedisRepositoryConfig;
import io.github.litetcc.repository.redis.RedisTransactionRepository;
import io.github.litetcc.spi.TransactionQuery;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process set-up with the order service's and the courier's logs on Redis instead of MariaDB: a nested
 * transaction commits, and a starter killed right after its decision is finished by another starter instance
 * sharing its Redis log.
 */
class RedisLogProcessTest {
    private static final ShopDatabase DB = new ShopDatabase();
    private static ServiceProcesses services;
    private static FrameworkModel framework;
    private static DubboBootstrap client;
    private static RedisTransactionRepository orderLog;
    private static RedisTransactionRepository courierLog;

    @BeforeAll
    static void startServices() throws Exception {
        DB.createTables();
        orderLog = RedisTransactionRepository.open(ProcessServers.redisUri(), RedisRepositoryConfig.DEFAULT.withNamespace(DB.prefix() + "order_"));
        courierLog = RedisTransactionRepository.open(ProcessServers.redisUri(),
                RedisRepositoryConfig.DEFAULT.withNamespace(DB.prefix() + "courier_"));
        services = new ServiceProcesses(DB.prefix(), "redis");
        for (Role role : new Role[] {Role.WALLET, Role.STOCK, Role.COURIER, Role.ORDER}) {
            services.start(role);
        }
        framework = new FrameworkModel();
        client = ShopDatabase.client(framework, "redis-process-test-client");
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
            for (RedisTransactionRepository log : new RedisTransactionRepository[] {orderLog, courierLog}) {
                if (log != null) {
                    log.close();
                }
            }
            DB.dropTables();
        }
    }

    @Test
    void aNestedTransactionWithItsLogsOnRedisCommits() throws Exception {
        DB.placed("redis-nested-1", 20, 2);
        assertThat(ShopDatabase.desk(client, services.port(Role.ORDER)).place("redis-nested-1", "bob", 20, "book", 2, "nested"))
                .isEqualTo("PAID");
        DB.assertSettled(RedisLogProcessTest::unfinished);
        assertThat(DB.courierStatus("redis-nested-1")).isEqualTo("DISPATCHED");
    }

    @Test
    void aStarterKilledRightAfterItsDecisionIsFinishedByAnotherInstanceSharingItsRedisLog() throws Exception {
        services.start(Role.SECOND_ORDER, "halt-after-decision=true");
        DB.placed("redis-halted-1", 40, 4);
        OrderDesk doomed = ShopDatabase.desk(client, services.port(Role.SECOND_ORDER));
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> doomed.place("redis-halted-1", "dave", 40, "book", 4, "direct"));
        services.awaitOutput(Role.SECOND_ORDER, "DECIDED");
        services.awaitExit(Role.SECOND_ORDER);

        DB.assertSettled(RedisLogProcessTest::unfinished);
        assertThat(DB.orderStatus("redis-halted-1")).isEqualTo("PAID");
        assertThat(answer.isDone() && !answer.isCompletedExceptionally()).as("the client was never told the outcome").isFalse();
    }

    private static long unfinished() {
        return orderLog.list(TransactionQuery.unfinished(100)).items().size() + courierLog.list(TransactionQuery.unfinished(100)).items().size();
    }
}
