package io.github.litetcc.context;

/**
 * A one-value slot through which a try hands a small value to its confirm and cancel
 * (see {@link BranchContext#handOver}). Confined to the thread running the branch.
 */
public final class Handover {
    private Object value;
    private boolean set;

    public void set(Object value) {
        this.value = value;
        this.set = true;
    }

    public boolean isSet() {
        return set;
    }

    public Object value() {
        return value;
    }
}
