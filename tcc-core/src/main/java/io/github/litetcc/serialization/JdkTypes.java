package io.github.litetcc.serialization;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JDK classes every {@link ClassAllowlist} admits: value types, {@code java.time}, the common
 * collections and the JDK's immutable and unmodifiable collections. Each has a serializer that
 * works on Java 17 without {@code --add-opens} (Kryo's own, or one registered by {@link KryoFactory}).
 */
final class JdkTypes {
    /** The JDK's value types. */
    static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Byte.class, Short.class, Character.class,
            Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class, RoundingMode.class,
            UUID.class, URI.class, Currency.class, Locale.class, Date.class, TimeUnit.class,
            Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

    /** {@code java.time} and {@code java.time.temporal} value types ({@code ZoneId.of} returns a {@code ZoneRegion}). */
    static final Set<Class<?>> TIME = distinct(Instant.class, Duration.class, Period.class, LocalDate.class, LocalTime.class,
            LocalDateTime.class, OffsetTime.class, OffsetDateTime.class, ZonedDateTime.class, ZoneOffset.class,
            ZoneId.of("Europe/Paris").getClass(), Year.class, YearMonth.class, MonthDay.class, DayOfWeek.class,
            Month.class, ChronoUnit.class);

    /** The mutable collections with a public no-argument constructor. */
    static final Set<Class<?>> MUTABLE_COLLECTIONS = Set.of(ArrayList.class, LinkedList.class, ArrayDeque.class,
            HashSet.class, LinkedHashSet.class, TreeSet.class, HashMap.class, LinkedHashMap.class, TreeMap.class,
            ConcurrentHashMap.class);

    /** {@code List.of}, {@code Stream.toList}, and their sub-lists. */
    static final Set<Class<?>> IMMUTABLE_LISTS = distinct(List.of().getClass(), List.of(1).getClass(),
            List.of(1, 2, 3).subList(0, 2).getClass(), Stream.of(1).toList().getClass());

    /** {@code Set.of}. */
    static final Set<Class<?>> IMMUTABLE_SETS = distinct(Set.of().getClass(), Set.of(1).getClass());

    /** {@code Map.of}. */
    static final Set<Class<?>> IMMUTABLE_MAPS = distinct(Map.of().getClass(), Map.of(1, 1).getClass());

    /** {@code Collections.empty*}, {@code Collections.singleton*} and {@code Arrays.asList}: Kryo's own serializers. */
    static final Set<Class<?>> KRYO_HANDLED_WRAPPERS = distinct(Collections.emptyList().getClass(),
            Collections.emptySet().getClass(), Collections.emptyMap().getClass(),
            Collections.singletonList(1).getClass(), Collections.singleton(1).getClass(),
            Collections.singletonMap(1, 1).getClass(), Arrays.asList(1, 2).getClass());

    private static final Set<String> NAMES = Stream.of(VALUES, TIME, MUTABLE_COLLECTIONS, IMMUTABLE_LISTS,
                    IMMUTABLE_SETS, IMMUTABLE_MAPS, KRYO_HANDLED_WRAPPERS, UnmodifiableViews.CLASSES)
            .flatMap(Set::stream)
            .map(Class::getName)
            .collect(Collectors.toUnmodifiableSet());

    private JdkTypes() {
    }

    static boolean contains(String className) {
        return NAMES.contains(className);
    }

    /** The JDK keeps several of these classes private and may share one between factories: keep each once. */
    private static Set<Class<?>> distinct(Class<?>... classes) {
        return Set.copyOf(Arrays.asList(classes));
    }
}
