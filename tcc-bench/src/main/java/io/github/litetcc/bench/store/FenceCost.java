package io.github.litetcc.bench.store;

import io.github.litetcc.model.Xid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Part 3: the fence's cost inside a business transaction. Each iteration runs a new branch's try and then its
 * confirm through every fenced form of the business change, each phase timed next to the same change run plainly,
 * on an item cycling through {@value #ITEMS} items.
 */
final class FenceCost {
    static final int ITEMS = 1000;
    private final int warmup;
    private final int iterations;

    FenceCost(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    List<Comparison> measure(String server, FenceVariant plain, List<FenceVariant> fenced) throws Exception {
        List<Pair> tries = fenced.stream().map(variant -> new Pair()).toList();
        List<Pair> confirms = fenced.stream().map(variant -> new Pair()).toList();
        for (int i = 0; i < warmup + iterations; i++) {
            boolean record = i >= warmup;
            int item = i % ITEMS;
            for (int v = 0; v < fenced.size(); v++) {
                FenceVariant variant = fenced.get(v);
                Xid xid = Xid.generate(Instant.now());
                tries.get(v).time(() -> variant.tryPhase(xid, item), () -> plain.tryPhase(xid, item), record);
                confirms.get(v).time(() -> variant.confirmPhase(xid, item), () -> plain.confirmPhase(xid, item), record);
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (int v = 0; v < fenced.size(); v++) {
            String label = fenced.get(v).label();
            String form = label + " vs " + plain.label();
            out.add(Comparison.of(server, Part.FENCE, "try · " + label, form, tries.get(v)));
            out.add(Comparison.of(server, Part.FENCE, "confirm · " + label, form, confirms.get(v)));
        }
        return out;
    }
}
