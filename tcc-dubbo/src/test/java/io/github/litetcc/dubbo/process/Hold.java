package io.github.litetcc.dubbo.process;

/**
 * Where a service process stops so the test can kill it there: at the point named by its {@code hold} argument,
 * for an order whose id starts with {@code hold-<point>-}, it prints {@code HOLD <point> <orderId>} and sleeps
 * (bounded), inside whatever local transaction is open there. A process restarted without the argument serves the
 * same order normally.
 */
final class Hold {
    /** Never released: a held phase waits here until the test kills the process (bounded, in case it does not). */
    private static final java.util.concurrent.CountDownLatch UNTIL_KILLED = new java.util.concurrent.CountDownLatch(1);
    private static volatile String enabled = "";

    private Hold() {
    }

    static void enable(String point) {
        enabled = point == null ? "" : point;
    }

    static void at(String point, String orderId) {
        if (point.equals(enabled) && orderId.startsWith("hold-" + point + "-")) {
            announceAndWait(point + " " + orderId);
        }
    }

    static void announceAndWait(String what) {
        System.out.println("HOLD " + what);
        System.out.flush();
        try {
            UNTIL_KILLED.await(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
