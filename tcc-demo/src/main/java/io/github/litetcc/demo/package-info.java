/**
 * The order-payment demo, in one process on the core API and the in-memory log and fences: an order service
 * (the starter) with an inventory and an account participant over a small in-memory {@link
 * io.github.litetcc.demo.Shop}. {@link io.github.litetcc.demo.DemoApplication} places a paid order, an order
 * cancelled because the stock runs out and an order whose confirm meets an outage and is finished by
 * recovery, prints what happened, and checks the shop's invariants.
 */
package io.github.litetcc.demo;
