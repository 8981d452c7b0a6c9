/**
 * Carries LiteTCC transactions across Apache Dubbo: the consumer {@link io.github.litetcc.dubbo.TccConsumerFilter}
 * enlists remote branches write-ahead, the provider {@link io.github.litetcc.dubbo.TccProviderFilter} runs tries in
 * the participant's fence and serves confirm and cancel from the participant registry, and
 * {@link io.github.litetcc.dubbo.DubboBranchInvoker} drives remote branches from any node by generic invocation.
 */
package io.github.litetcc.dubbo;
