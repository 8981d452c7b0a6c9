/** The transaction model: ids, records, branches and the state machines that own their transitions. */
package io.github.litetcc.model;
