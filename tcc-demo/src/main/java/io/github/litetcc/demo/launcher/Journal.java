package io.github.litetcc.demo.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the client was told about each order, one {@code orderId STATUS} line per answer, appended and flushed at
 * once: it lives apart from the services the launcher kills, and it is what the invariants hold them to.
 */
final class Journal implements AutoCloseable {
    private final Path file;
    private final FileOutputStream out;

    Journal(Path file) throws IOException {
        this.file = file;
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /** Records that the client was told {@code status} for {@code orderId}. */
    synchronized void record(String orderId, String status) {
        try {
            out.write((orderId + " " + status + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the outcome of " + orderId + " in " + file, e);
        }
    }

    /** Every answer recorded, by order id, read back from the file. */
    Map<String, String> read() throws IOException {
        Map<String, String> told = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts.length == 2) {
                told.put(parts[0], parts[1]);
            }
        }
        return told;
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
