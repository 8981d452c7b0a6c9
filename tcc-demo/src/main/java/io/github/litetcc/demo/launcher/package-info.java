/**
 * The demo's launcher: starts the four services as child JVMs on free loopback ports, places orders through the
 * order service's HTTP endpoint from several threads, kills and restarts services to inject crashes, then stops
 * everything and checks the invariants in the services' databases.
 */
package io.github.litetcc.demo.launcher;
