/** The inventory service: freezes stock in its try, sells it in its confirm, returns it in its cancel. */
package io.github.litetcc.demo.inventory;
