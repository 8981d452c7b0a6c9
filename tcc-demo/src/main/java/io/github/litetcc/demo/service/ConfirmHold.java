package io.github.litetcc.demo.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The launcher's fault hook: when {@code demo.hold-confirm} is set, this service's confirm for an order whose id starts
 * with it prints {@code HOLDING <order>} and waits (at most a minute) inside its local transaction, so the launcher can
 * kill the process in the middle of a confirm. Empty (the default): no effect. A restarted service runs without it.
 */
@Component
public class ConfirmHold {
    /** The line printed when a confirm is held. */
    public static final String HOLDING = "HOLDING ";
    private static final long MAX_HOLD_MILLIS = 60_000;
    /** Never released: a held confirm waits here until the launcher kills this service (bounded). */
    private static final java.util.concurrent.CountDownLatch UNTIL_KILLED = new java.util.concurrent.CountDownLatch(1);
    private final String orderIdPrefix;

    public ConfirmHold(@Value("${demo.hold-confirm:}") String orderIdPrefix) {
        this.orderIdPrefix = orderIdPrefix;
    }

    /** Holds the calling confirm if its order is one of those configured. */
    public void pauseIfHeld(String confirmedOrderId) {
        if (orderIdPrefix.isEmpty() || !confirmedOrderId.startsWith(orderIdPrefix)) {
            return;
        }
        System.out.println(HOLDING + confirmedOrderId);
        System.out.flush();
        try {
            UNTIL_KILLED.await(MAX_HOLD_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
