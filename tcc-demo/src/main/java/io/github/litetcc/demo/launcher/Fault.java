package io.github.litetcc.demo.launcher;

/** A crash the launcher injects while orders flow. */
public enum Fault {
    /** The inventory service is killed ({@code kill -9}) in the middle of a confirm, then restarted. */
    PARTICIPANT("inventory", "hold-participant"),
    /** The order service, the starter, is killed after a transaction's decision (in its own confirm), then restarted. */
    STARTER("order", "hold-starter");

    private final String service;
    private final String heldOrderId;

    Fault(String service, String heldOrderId) {
        this.service = service;
        this.heldOrderId = heldOrderId;
    }

    /** The service killed. */
    public String service() {
        return service;
    }

    /** The order of run {@code runId} whose confirm the killed service holds, so that the kill lands in the middle of it. */
    public String heldOrderId(String runId) {
        return runId + "-" + heldOrderId;
    }
}
