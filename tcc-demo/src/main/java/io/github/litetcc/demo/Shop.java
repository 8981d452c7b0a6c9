package io.github.litetcc.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's business data, as three small tables kept in memory: stock per product (available, frozen,
 * sold), balance per customer (available, frozen, spent) and orders with their status. Thread-safe:
 * every change happens under the shop's lock.
 */
public final class Shop {
    /** The statuses of an order: it is PAYING until its transaction ends PAID or FAILED. */
    public enum OrderStatus { PAYING, PAID, FAILED }

    /** One product's stock. */
    public record Stock(int available, int frozen, int sold) {
        public int total() {
            return available + frozen + sold;
        }
    }

    /** One customer's money. */
    public record Balance(BigDecimal available, BigDecimal frozen, BigDecimal spent) {
        public BigDecimal total() {
            return available.add(frozen).add(spent);
        }
    }

    private final Map<String, Stock> stock = new TreeMap<>();
    private final Map<String, Balance> balances = new TreeMap<>();
    private final Map<String, OrderStatus> orders = new TreeMap<>();

    public synchronized void addStock(String sku, int units) {
        stock.put(sku, new Stock(units, 0, 0));
    }

    public synchronized void addCustomer(String user, BigDecimal balance) {
        balances.put(user, new Balance(balance, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    synchronized void freezeStock(String sku, int units) {
        Stock s = requireStock(sku);
        if (s.available() < units) {
            throw new BusinessRuleException("Out of stock: " + sku + " has " + s.available() + " units, the order wants " + units);
        }
        stock.put(sku, new Stock(s.available() - units, s.frozen() + units, s.sold()));
    }

    synchronized void sellFrozen(String sku, int units) {
        Stock s = requireStock(sku);
        stock.put(sku, new Stock(s.available(), s.frozen() - units, s.sold() + units));
    }

    synchronized void releaseFrozen(String sku, int units) {
        Stock s = requireStock(sku);
        stock.put(sku, new Stock(s.available() + units, s.frozen() - units, s.sold()));
    }

    synchronized void freezeMoney(String user, BigDecimal amount) {
        Balance b = requireBalance(user);
        if (b.available().compareTo(amount) < 0) {
            throw new BusinessRuleException("Insufficient balance: " + user + " has " + b.available() + ", the order costs " + amount);
        }
        balances.put(user, new Balance(b.available().subtract(amount), b.frozen().add(amount), b.spent()));
    }

    synchronized void debitFrozen(String user, BigDecimal amount) {
        Balance b = requireBalance(user);
        balances.put(user, new Balance(b.available(), b.frozen().subtract(amount), b.spent().add(amount)));
    }

    synchronized void releaseMoney(String user, BigDecimal amount) {
        Balance b = requireBalance(user);
        balances.put(user, new Balance(b.available().add(amount), b.frozen().subtract(amount), b.spent()));
    }

    synchronized void setOrder(String orderId, OrderStatus status) {
        orders.put(orderId, status);
    }

    public synchronized Map<String, Stock> stock() {
        return Map.copyOf(stock);
    }

    public synchronized Map<String, Balance> balances() {
        return Map.copyOf(balances);
    }

    public synchronized Map<String, OrderStatus> orders() {
        return new TreeMap<>(orders);
    }

    private Stock requireStock(String sku) {
        Stock s = stock.get(sku);
        if (s == null) {
            throw new BusinessRuleException("Unknown product " + sku);
        }
        return s;
    }

    private Balance requireBalance(String user) {
        Balance b = balances.get(user);
        if (b == null) {
            throw new BusinessRuleException("Unknown customer " + user);
        }
        return b;
    }
}
