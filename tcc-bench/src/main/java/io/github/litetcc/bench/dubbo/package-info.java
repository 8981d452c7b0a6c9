/** JMH benchmarks of LiteTCC's Dubbo filters over loopback calls. */
package io.github.litetcc.bench.dubbo;
