/** The account service: freezes money in its try, debits it in its confirm, releases it in its cancel. */
package io.github.litetcc.demo.account;
