/** A ledger of applied business effects, against which tests check the promises. */
package io.github.litetcc.test.ledger;
