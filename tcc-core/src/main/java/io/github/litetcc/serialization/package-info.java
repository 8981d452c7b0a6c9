/**
 * The default {@link io.github.litetcc.spi.Serializer}: Kryo with pooled instances, a versioned
 * payload header, a class allowlist enforced on write and on read, and serializers that let a
 * record written before a field or record component was added be read after the upgrade (and
 * the other way round). Configured by {@link io.github.litetcc.serialization.SerializationConfig};
 * what is always allowed is listed on {@link io.github.litetcc.serialization.ClassAllowlist}, the
 * payload format and the upgrade rules on {@link io.github.litetcc.serialization.KryoSerializer}.
 *
 * <p>Changing an argument class during a rolling upgrade: adding or removing a field of a class or a
 * component of a record is compatible both ways; renaming one, changing its type, or renaming or
 * removing an enum constant is not ({@code CorruptRecordException}). A record whose compact constructor
 * rejects {@code null} for a new component cannot read older records; give the component a default
 * instead: {@code public Payment { if (currency == null) currency = "EUR"; }}. A dropped value is still
 * read, so its class must exist and be allowed on the reading node.
 */
package io.github.litetcc.serialization;
