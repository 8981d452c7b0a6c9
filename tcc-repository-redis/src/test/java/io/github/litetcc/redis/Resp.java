package io.github.litetcc.redis;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Just enough of the Redis protocol to see whether a server the tests started is ready, on loopback only. */
final class Resp {

    private Resp() {
    }

    /** A port that was free a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port: " + e.getMessage(), e);
        }
    }

    /** Whether something listens on 127.0.0.1:port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Sends one inline command to 127.0.0.1:port and returns the raw reply text, or "" if it failed. */
    static String command(int port, String inline) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int length = in.read(buffer);
        if (length <= 0) {
            return "";
        }
        String text = new String(buffer, 0, length, StandardCharsets.UTF_8);
        if (text.startsWith("$")) {
            int expected = Integer.parseInt(text.substring(1, text.indexOf('\r')));
            while (text.length() < expected && (length = in.read(buffer)) > 0) {
                text += new String(buffer, 0, length, StandardCharsets.UTF_8);
            }
        }
        return text;
    }
}
