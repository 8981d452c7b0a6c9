/**
 * The order-payment demo: four Spring Boot + Dubbo services (order, inventory, account, points) and the
 * launcher that starts them, places orders, injects crashes and checks the invariants.
 */
package io.github.litetcc.demo;
