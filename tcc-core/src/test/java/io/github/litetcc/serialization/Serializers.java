package io.github.litetcc.serialization;

import java.util.Set;

/** Serializers and configurations shared by the tests. */
final class Serializers {
    static final String FIXTURES = "io.github.litetcc.serialization.fixtures";
    static final SerializationConfig APPLICATION = SerializationConfig.DEFAULT.withAllowedPackages(Set.of(FIXTURES));

    private Serializers() {
    }

    /** A serializer that allows the JDK types and the fixtures package. */
    static KryoSerializer application() {
        return new KryoSerializer(APPLICATION);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(KryoSerializer serializer, T value) {
        return (T) serializer.deserialize(serializer.serialize(value), Object.class);
    }
}
