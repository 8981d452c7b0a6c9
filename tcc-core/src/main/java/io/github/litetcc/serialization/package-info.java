/**
 * The default {@link io.github.litetcc.spi.Serializer}: Kryo with pooled instances, a versioned
 * payload header, a class allowlist enforced on write and on read, and serializers that let a
 * record written before a field or record component was added be read after the upgrade (and
 * the other way round). Configured by {@link io.github.litetcc.serialization.SerializationConfig}.
 */
package io.github.litetcc.serialization;
