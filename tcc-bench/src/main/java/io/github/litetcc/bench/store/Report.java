package io.github.litetcc.bench.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Prints the comparisons of every round as Markdown tables, one per part: per comparison the medians over the
 * rounds of each side's p50 and p99, each round's ratio of p50s, their median, and whether it meets the target.
 */
final class Report {
    private final List<Comparison> comparisons = new ArrayList<>();

    void add(List<Comparison> measured) {
        comparisons.addAll(measured);
    }

    void print(PrintStream out) {
        for (Part part : Part.values()) {
            Map<String, List<Comparison>> rounds = comparisons.stream().filter(c -> c.part() == part)
                    .collect(Collectors.groupingBy(Comparison::key, LinkedHashMap::new, Collectors.toList()));
            if (!rounds.isEmpty()) {
                out.println();
                out.println(header(part));
                out.println("|---|---|---|---:|---:|---:|---|---:|---:|---|");
                rounds.values().forEach(series -> out.println(row(part, series)));
            }
        }
    }

    private static String header(Part part) {
        String[] sides = switch (part) {
            case PROTOCOL -> new String[] {"log", "bare write"};
            case RECOVERY -> new String[] {"large log", "small log"};
            case FENCE -> new String[] {"fenced", "plain"};
            case SHAPES -> new String[] {"shape", "bare write"};
        };
        return "| Server | " + (part == Part.FENCE ? "Phase · form" : "Operation") + " | Detail | p50 " + sides[0]
                + " (µs) | p50 " + sides[1] + " (µs) | extra (µs) | ratio per round | median ratio | p99 "
                + sides[0] + " / " + sides[1] + " (µs) | target |";
    }

    private static String row(Part part, List<Comparison> series) {
        Comparison first = series.get(0);
        double ratio = median(series, Comparison::ratio);
        String ratios = series.stream().map(c -> format("%.2f", c.ratio())).collect(Collectors.joining(" / "));
        return "| " + first.server() + " | " + first.label() + " | " + first.detail()
                + " | " + micros(median(series, c -> c.subject().p50())) + " | " + micros(median(series, c -> c.baseline().p50()))
                + " | " + micros(median(series, c -> c.extraNanos())) + " | " + ratios + " | " + format("%.2f×", ratio)
                + " | " + micros(median(series, c -> c.subject().p99())) + " / " + micros(median(series, c -> c.baseline().p99()))
                + " | " + verdict(part, ratio) + " |";
    }

    private static String verdict(Part part, double ratio) {
        if (Double.isNaN(part.target())) {
            return "—";
        }
        return format("≤ %.1f×: ", part.target()) + (ratio <= part.target() ? "**met**" : "**missed**");
    }

    static double median(List<Comparison> series, ToDoubleFunction<Comparison> value) {
        double[] values = series.stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String micros(double nanos) {
        double micros = nanos / 1000;
        return Math.abs(micros) >= 100 ? format("%,.0f", micros) : format("%.1f", micros);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
