package io.github.litetcc.serialization;

import io.github.litetcc.serialization.fixtures.Customer;
import io.github.litetcc.serialization.fixtures.Money;
import io.github.litetcc.serialization.fixtures.OrderLine;
import io.github.litetcc.serialization.fixtures.OrderStatus;
import io.github.litetcc.serialization.fixtures.TreeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
import java.util.Collection;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class KryoSerializerRoundTripTest {
    private final KryoSerializer serializer = Serializers.application();

    static Stream<Arguments> jdkValues() {
        return Stream.of(
                arguments("String", "héllo wörld ✓"), arguments("empty String", ""),
                arguments("Boolean", true), arguments("Byte", (byte) -7), arguments("Short", (short) 300),
                arguments("Character", 'ß'), arguments("Integer", -42), arguments("Long", Long.MIN_VALUE),
                arguments("Float", 1.5f), arguments("Double", Double.NaN),
                arguments("BigDecimal", new BigDecimal("-12345.6700")), arguments("BigInteger", new BigInteger("98765432109876543210")),
                arguments("RoundingMode", RoundingMode.HALF_EVEN), arguments("TimeUnit", TimeUnit.SECONDS),
                arguments("UUID", UUID.fromString("0190c3a4-5b6c-7d8e-9fa0-b1c2d3e4f506")),
                arguments("URI", URI.create("https://example.com/a%20b?q=1#frag")),
                arguments("Currency", Currency.getInstance("EUR")), arguments("Locale", Locale.CANADA_FRENCH),
                arguments("Date", new Date(1_700_000_000_000L)),
                arguments("Optional present", Optional.of("x")), arguments("Optional empty", Optional.empty()),
                arguments("OptionalInt", OptionalInt.of(3)), arguments("OptionalLong", OptionalLong.of(4L)),
                arguments("OptionalDouble", OptionalDouble.empty()));
    }

    static Stream<Arguments> timeValues() {
        Instant instant = Instant.parse("2026-11-05T10:15:30.123456789Z");
        return Stream.of(arguments("Instant", instant), arguments("Duration", Duration.ofMillis(1500)),
                arguments("Period", Period.of(1, 2, 3)), arguments("LocalDate", LocalDate.of(2026, 2, 28)),
                arguments("LocalTime", LocalTime.of(23, 59, 1)), arguments("LocalDateTime", LocalDateTime.of(2026, 1, 2, 3, 4)),
                arguments("OffsetTime", OffsetTime.of(LocalTime.NOON, ZoneOffset.ofHours(2))),
                arguments("OffsetDateTime", OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(-5))),
                arguments("ZonedDateTime", ZonedDateTime.ofInstant(instant, ZoneId.of("Europe/Paris"))),
                arguments("ZoneOffset", ZoneOffset.ofHoursMinutes(5, 30)), arguments("ZoneRegion", ZoneId.of("Asia/Tokyo")),
                arguments("Year", Year.of(2026)), arguments("YearMonth", YearMonth.of(2026, 11)),
                arguments("MonthDay", MonthDay.of(2, 29)), arguments("DayOfWeek", DayOfWeek.FRIDAY),
                arguments("Month", Month.DECEMBER), arguments("ChronoUnit", ChronoUnit.MILLIS));
    }

    static Stream<Arguments> collections() {
        return Stream.of(
                arguments("ArrayList", new ArrayList<>(Arrays.asList("a", null, 1))),
                arguments("LinkedList", new LinkedList<>(List.of(1, 2))),
                arguments("HashMap", new HashMap<>(Map.of("k", 1, "l", 2))),
                arguments("LinkedHashMap", new LinkedHashMap<>(Map.of("k", List.of(1)))),
                arguments("TreeMap", new TreeMap<>(Map.of("b", 2, "a", 1))),
                arguments("HashSet", new HashSet<>(Set.of(1, 2, 3))),
                arguments("LinkedHashSet", new LinkedHashSet<>(List.of("z", "a"))),
                arguments("TreeSet", new TreeSet<>(Set.of(5, 1, 3))),
                arguments("ConcurrentHashMap", new ConcurrentHashMap<>(Map.of("k", 1L))),
                arguments("List.of()", List.of()), arguments("List.of(1)", List.of(1)),
                arguments("List.of(1, 2)", List.of(1, 2)), arguments("List.of(many)", List.of(1, 2, 3, 4, 5)),
                arguments("Stream.toList with null", Stream.of("a", null, "c").toList()),
                arguments("Set.of()", Set.of()), arguments("Set.of(1)", Set.of(1)), arguments("Set.of(many)", Set.of(1, 2, 3)),
                arguments("Map.of()", Map.of()), arguments("Map.of(1 entry)", Map.of("a", 1)),
                arguments("Map.of(many)", Map.of("a", 1, "b", 2, "c", 3)),
                arguments("Collections.emptyList", Collections.emptyList()),
                arguments("Collections.emptySet", Collections.emptySet()),
                arguments("Collections.emptyMap", Collections.emptyMap()),
                arguments("Collections.singletonList", Collections.singletonList("x")),
                arguments("Collections.singleton", Collections.singleton(1)),
                arguments("Collections.singletonMap", Collections.singletonMap("k", "v")),
                arguments("unmodifiableList(ArrayList)", Collections.unmodifiableList(new ArrayList<>(List.of(1, 2)))),
                arguments("unmodifiableList(LinkedList)", Collections.unmodifiableList(new LinkedList<>(List.of(1)))),
                arguments("unmodifiableSet", Collections.unmodifiableSet(new LinkedHashSet<>(List.of("b", "a")))),
                arguments("unmodifiableMap", Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("k", "v")))),
                arguments("Arrays.asList", Arrays.asList("a", null, 3)));
    }

    static Stream<Arguments> applicationValues() {
        Money price = new Money(new BigDecimal("9.99"), Currency.getInstance("EUR"));
        OrderLine line = new OrderLine("SKU-1", 2, price, OrderStatus.PAID, List.of("gift"));
        return Stream.of(
                arguments("record", price), arguments("nested record", line),
                arguments("record with nulls", new OrderLine(null, 0, null, null, null)),
                arguments("enum", OrderStatus.SHIPPED), arguments("enum constant with a body", OrderStatus.PAID),
                arguments("plain class", new Customer("Ada", 120, line).tag("vip").visit("Paris", 3)),
                arguments("nested collections", Map.of("lines", List.of(line, line), "by-sku", new TreeMap<>(Map.of("SKU-1", Set.of(1))))),
                arguments("list of records", new ArrayList<>(List.of(line, new OrderLine("SKU-2", 1, price, OrderStatus.NEW, List.of())))));
    }

    static Stream<Arguments> arrays() {
        return Stream.of(
                arguments("byte[]", new byte[]{0, -1, 127, -128}), arguments("empty byte[]", new byte[0]),
                arguments("int[]", new int[]{1, -2, Integer.MAX_VALUE}), arguments("long[]", new long[]{Long.MAX_VALUE}),
                arguments("double[]", new double[]{0.5}), arguments("char[]", "chars".toCharArray()),
                arguments("boolean[]", new boolean[]{true, false}),
                arguments("String[]", new String[]{"a", null}),
                arguments("int[][]", new int[][]{{1}, {2, 3}}),
                arguments("Money[]", new Money[]{new Money(BigDecimal.ONE, Currency.getInstance("USD")), null}),
                arguments("try arguments", new Object[]{"order-7", 3, null, new BigDecimal("1.10"), List.of("x"),
                        new byte[]{1, 2}, OrderStatus.NEW, Instant.EPOCH, new Object[]{"nested", null}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"jdkValues", "timeValues", "collections", "applicationValues", "arrays"})
    void readsBackAnEqualValueOfTheSameClass(String family, Object value) {
        Object read = Serializers.roundTrip(serializer, value);

        assertThat(read).isEqualTo(value).hasSameClassAs(value);
    }

    @Test
    void nullRoundTrips() {
        assertThat(serializer.deserialize(serializer.serialize(null), String.class)).isNull();
    }

    @Test
    void aSubListOfAnImmutableListReadsBackAsAnEqualImmutableList() {
        List<Integer> read = Serializers.roundTrip(serializer, List.of(1, 2, 3, 4).subList(1, 3));

        assertThat(read).containsExactly(2, 3).hasSameClassAs(List.of(2, 3));
    }

    @Test
    void anUnmodifiableCollectionReadsBackUnmodifiableWithTheSameElements() {
        Collection<String> read = Serializers.roundTrip(serializer, Collections.unmodifiableCollection(List.of("a", "b")));

        assertThat(read).containsExactly("a", "b").hasSameClassAs(Collections.unmodifiableCollection(List.of()));
    }

    @Test
    void anEnumConstantWithABodyKeepsItsBehaviour() {
        assertThat(Serializers.roundTrip(serializer, OrderStatus.PAID).isSettled()).isTrue();
    }

    @Test
    void aSharedObjectReadsBackAsOneInstance() {
        Money price = new Money(BigDecimal.TEN, Currency.getInstance("EUR"));

        Object[] read = Serializers.roundTrip(serializer, new Object[]{price, List.of(price)});

        assertThat(read[0]).isSameAs(((List<?>) read[1]).get(0));
    }

    @Test
    void aCyclicGraphReadsBackWithItsCycles() {
        TreeNode root = new TreeNode("root").add(new TreeNode("left")).add(new TreeNode("right"));

        TreeNode read = Serializers.roundTrip(serializer, root);

        assertThat(read.children()).extracting(TreeNode::label).containsExactly("left", "right");
        assertThat(read.children()).allSatisfy(child -> assertThat(child.parent()).isSameAs(read));
    }

    @Test
    void aPrimitiveTypeMatchesItsBoxedValue() {
        assertThat(serializer.deserialize(serializer.serialize(42), int.class)).isEqualTo(42);
    }
}
