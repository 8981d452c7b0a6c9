/** A stock kept in a real database, whose participant is fenced in its data source's local transaction. */
package io.github.litetcc.spring.stock;
