/**
 * The order service, the starter: an HTTP endpoint for orders, the transaction that records the order PAYING and
 * tries the inventory, account and points services over Dubbo, and the order's own confirm (PAID) and cancel (FAILED).
 */
package io.github.litetcc.demo.order;
