package io.github.litetcc.demo.api;

import io.github.litetcc.annotation.TccBranch;

/** The points service: loyalty points each paid order earns. */
public interface PointsService {

    /** Try: pre-adds {@code points} for {@code customer}, not yet spendable, for {@code orderId}. */
    @TccBranch
    void preAdd(String orderId, String customer, long points);
}
