package io.github.litetcc.demo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The client of the order service's HTTP endpoint, in the launcher's own JVM: places orders and reads what the
 * service says about orders, its transaction log and its recoveries. An order whose answer never arrived (the
 * service died) is {@link Answer#UNKNOWN}.
 */
final class OrderClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    OrderClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** What the service answered to one order: PAID, FAILED or UNKNOWN, the HTTP status (0 for none), the reason. */
    record Answer(String status, int http, String reason, long micros) {
        static final String UNKNOWN = "UNKNOWN";

        boolean told() {
            return !status.equals(UNKNOWN);
        }
    }

    /** Places {@code order} and times the answer. */
    Answer place(PlannedOrder order) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = post("/orders", JSON.writeValueAsString(order.body()));
            long micros = (System.nanoTime() - start) / 1_000;
            JsonNode body = JSON.readTree(response.body());
            return new Answer(body.path("status").asText(Answer.UNKNOWN), response.statusCode(), body.path("reason").asText(
                    body.path("error").asText("")), micros);
        } catch (IOException e) {
            return new Answer(Answer.UNKNOWN, 0, e.toString(), (System.nanoTime() - start) / 1_000);
        }
    }

    /** Posts {@code body} as JSON to {@code path}. */
    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The order's status as the order service has it; empty if it has no such order. */
    Optional<String> status(String orderId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/orders/" + orderId);
        return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body()).path("status").asText()) : Optional.empty();
    }

    /** Whether the order service answers. */
    boolean isUp() throws InterruptedException {
        try {
            return get("/actuator/health").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** How many transactions the order service's log holds unfinished (the Actuator {@code tcc} endpoint). */
    int unfinished() throws IOException, InterruptedException {
        return JSON.readTree(get("/actuator/tcc").body()).path("unfinished").size();
    }

    /** How many records this instance of the order service's recovery has attempted. */
    long recoveryAttempts() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/metrics/tcc.recovery.attempts");
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("measurements").path(0).path("value").asLong() : 0;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON body of {@code fields}. */
    static String json(Map<String, Object> fields) throws IOException {
        return JSON.writeValueAsString(fields);
    }
}
