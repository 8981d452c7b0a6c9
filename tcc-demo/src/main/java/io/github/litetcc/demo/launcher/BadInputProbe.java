package io.github.litetcc.demo.launcher;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends the order endpoint what a careless caller would (an unknown product, a negative quantity, a malformed body)
 * and checks that each gets a 4xx naming the problem and that no order was recorded.
 */
final class BadInputProbe {
    private final OrderClient client;
    private final String runId;

    BadInputProbe(OrderClient client, String runId) {
        this.client = client;
        this.runId = runId;
    }

    Check run() throws IOException, InterruptedException {
        List<String> wrong = new ArrayList<>();
        String unknownProduct = runId + "-bad-product";
        String negative = runId + "-bad-quantity";
        expect(wrong, OrderClient.json(Map.of("orderId", unknownProduct, "customer", "alice", "sku", "kiwi", "quantity", 1)), "unknown product");
        expect(wrong, OrderClient.json(Map.of("orderId", negative, "customer", "alice", "sku", "apple", "quantity", -3)), "quantity must be");
        expect(wrong, "{\"orderId\": \"" + runId + "-bad-body\", \"customer\": ", "malformed body");
        for (String orderId : List.of(unknownProduct, negative, runId + "-bad-body")) {
            if (client.status(orderId).isPresent()) {
                wrong.add(orderId + " was recorded");
            }
        }
        return new Check("bad input gets a 4xx naming the problem, nothing written", wrong.isEmpty(),
                wrong.isEmpty() ? "unknown product, negative quantity, malformed body: 400 each" : String.join("; ", wrong));
    }

    private void expect(List<String> wrong, String body, String message) throws IOException, InterruptedException {
        HttpResponse<String> response = client.post("/orders", body);
        if (response.statusCode() != 400 || !response.body().contains(message)) {
            wrong.add("'" + body + "' got " + response.statusCode() + " " + response.body());
        }
    }
}
