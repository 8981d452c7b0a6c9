package io.github.litetcc.demo.order;

import io.github.litetcc.TransactionTimeoutException;
import io.github.litetcc.UnacknowledgedBranchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /orders} places one order and answers its outcome: 200 PAID (confirmed), 409 FAILED (refused by a
 * business rule, cancelled), 503 FAILED (a service failed its try, cancelled), 500 UNKNOWN (the outcome is for
 * recovery to finish: ask {@code GET /orders/{id}} later). Bad input is a 400 naming the problem, with nothing written.
 */
@RestController
public class OrderController {
    private final OrderPlacement placement;
    private final OrderBook book;

    public OrderController(OrderPlacement placement, OrderBook book) {
        this.placement = placement;
        this.book = book;
    }

    @PostMapping("/orders")
    public ResponseEntity<Map<String, String>> place(@RequestBody OrderRequest request) {
        ValidOrder order = request.validate();
        book.findStatus(order.orderId()).ifPresent(status -> {
            throw new DuplicateOrderException("order '" + order.orderId() + "' exists already (" + status + ")");
        });
        try {
            placement.place(order);
            return outcome(HttpStatus.OK, order, "PAID", "confirmed");
        } catch (OrderRefusedException e) {
            return outcome(e.isBusiness() ? HttpStatus.CONFLICT : HttpStatus.SERVICE_UNAVAILABLE, order, "FAILED", e.getMessage());
        } catch (TransactionTimeoutException | UnacknowledgedBranchException e) {
            return outcome(HttpStatus.SERVICE_UNAVAILABLE, order, "FAILED", e.getMessage());
        } catch (RuntimeException e) {
            return outcome(HttpStatus.INTERNAL_SERVER_ERROR, order, "UNKNOWN", e.toString());
        }
    }

    @GetMapping("/orders/{orderId}")
    public ResponseEntity<Map<String, String>> status(@PathVariable String orderId) {
        return book.findStatus(orderId)
                .map(status -> ResponseEntity.ok(Map.of("orderId", orderId, "status", status)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no order '" + orderId + "'")));
    }

    private static ResponseEntity<Map<String, String>> outcome(HttpStatus http, ValidOrder order, String status, String reason) {
        return ResponseEntity.status(http).body(Map.of("orderId", order.orderId(), "status", status, "reason", reason));
    }
}
