package io.github.litetcc.bench.e2e;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The crash run's load client, a JVM of its own: {@code LoadClient <starter port> <threads> <ack file> <run id>}
 * places orders on the starter's order service from {@code threads} threads and appends {@code <xid> <order>} to the
 * ack file for every order it was told succeeded, written through to the operating system before the next call, so
 * what clients were told survives any crash of the starter. Stops when its standard input closes.
 */
public final class LoadClient {

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[1]);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        try (DubboRuntime dubbo = new DubboRuntime("bench-client", 0); FileOutputStream acks = new FileOutputStream(args[2], true)) {
            dubbo.start();
            OrderService orders = dubbo.reference(OrderService.class, Integer.parseInt(args[0]), 10_000);
            Thread[] clients = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                clients[t] = new Thread(() -> {
                    while (running.get()) {
                        String order = args[3] + "-c-" + next.getAndIncrement();
                        try {
                            String xid = orders.place(order, false);
                            append(acks, xid + " " + order + "\n");
                            ok.increment();
                        } catch (RuntimeException e) {
                            failed.increment();
                            pause();
                        }
                    }
                }, "client-" + t);
                clients[t].start();
            }
            System.out.println("CLIENT STARTED");
            System.out.flush();
            while (System.in.read() >= 0) {
                continue;
            }
            running.set(false);
            for (Thread client : clients) {
                client.join(15_000);
            }
            System.out.println("CLIENT DONE ok=" + ok.sum() + " failed=" + failed.sum());
        }
    }

    private static void append(FileOutputStream acks, String line) {
        try {
            synchronized (acks) {
                acks.write(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the ack file: " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
