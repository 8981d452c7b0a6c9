package io.github.litetcc.demo.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The answers of one load run: counts by outcome, latencies of the answered orders, orders left unknown. */
final class LoadResults {
    private final AtomicInteger paid = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failedTechnically = new AtomicInteger();
    private final AtomicInteger invalid = new AtomicInteger();
    private final List<String> unknown = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentHashMap<String, String> reasons = new ConcurrentHashMap<>();

    void record(PlannedOrder order, OrderClient.Answer answer) {
        switch (answer.status()) {
            case "PAID" -> paid.incrementAndGet();
            case "FAILED" -> (answer.http() == 409 ? refused : failedTechnically).incrementAndGet();
            case OrderClient.Answer.UNKNOWN -> unknown.add(order.orderId());
            default -> invalid.incrementAndGet();
        }
        if (answer.told()) {
            micros.add(answer.micros());
        }
        if (answer.http() == 409) {
            reasons.merge(answer.reason().replaceAll(":.*", ""), "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
        }
    }

    String tally() {
        return "paid " + paid + ", refused " + refused + ", failed " + failedTechnically + ", no answer " + unknown.size();
    }

    int paid() {
        return paid.get();
    }

    int refused() {
        return refused.get();
    }

    int failedTechnically() {
        return failedTechnically.get();
    }

    int invalid() {
        return invalid.get();
    }

    List<String> unknown() {
        synchronized (unknown) {
            return List.copyOf(unknown);
        }
    }

    /** Refusal reasons (the text before the first colon) with their counts. */
    Map<String, String> reasons() {
        return new TreeMap<>(reasons);
    }

    /** The latencies of the answered orders, in microseconds, sorted. */
    long[] sortedMicros() {
        synchronized (micros) {
            return micros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }
}
