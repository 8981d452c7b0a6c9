/** What every service of the demo shares: how it starts, announces readiness, and the fault hook the launcher uses. */
package io.github.litetcc.demo.service;
