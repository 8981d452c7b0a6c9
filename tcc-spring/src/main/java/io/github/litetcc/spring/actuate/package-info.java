/**
 * The Actuator endpoint {@code tcc}: lists unfinished, stuck and parked transactions and fence orphans, shows one,
 * and performs the operators' actions (retry, resume, cancel). Not exposed over HTTP unless configured.
 */
package io.github.litetcc.spring.actuate;
