package io.github.litetcc.dubbo;

import io.github.litetcc.repository.memory.InMemoryTransactionRepository;

/**
 * The three nodes most tests use, on one protocol: accounts (a participant), relay (a nested participant that
 * freezes on accounts in its try, with a log of its own) and shop (the starter, with references to both).
 */
final class ShopTopology implements AutoCloseable {
    final Accounts accounts = new Accounts();
    final Relay relay = new Relay();
    final DubboNode accountsNode;
    final DubboNode relayNode;
    final DubboNode shop;
    final AccountService accountService;
    final RelayService relayService;
    final OrderService orders;

    ShopTopology(String prefix, String protocol) {
        accountsNode = node(prefix + "accounts", protocol);
        accountsNode.export(AccountService.class, accounts, "accounts");
        accountsNode.start();
        relayNode = node(prefix + "relay", protocol);
        relayNode.export(RelayService.class, relay, "relay");
        relayNode.start();
        relay.next(relayNode.reference(AccountService.class, accountsNode));
        shop = node(prefix + "shop", protocol).start();
        accountService = shop.reference(AccountService.class, accountsNode);
        relayService = shop.reference(RelayService.class, relayNode);
        orders = shop.tcc.proxy(OrderService.class, new Orders(), "orders", null);
    }

    private static DubboNode node(String name, String protocol) {
        return new DubboNode(name, protocol, DubboNode.freePort(), new InMemoryTransactionRepository(), TccDubboConfig.DEFAULT);
    }

    @Override
    public void close() {
        for (DubboNode node : new DubboNode[] {shop, relayNode, accountsNode}) {
            node.close();
        }
    }
}
