package careeratlas.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for the packaged app's tests: it speaks just enough of RFC 5321 (EHLO/HELO, MAIL, RCPT,
 * DATA, RSET, NOOP, QUIT; no TLS, no authentication, as a local relay) to take every message the app delivers, and
 * keeps them for the tests to read. It points the packaged app's standard mailer settings at itself, for the
 * production profile only: the {@code @QuarkusTest} tests use the mock mailbox and keep their own base URL.
 */
@WithTestResource(value = SmtpReceiver.class, scope = TestResourceScope.GLOBAL)
public class SmtpReceiver implements QuarkusTestResourceLifecycleManager {

    /** One message as it arrived: the envelope and the raw DATA. */
    public record Received(String from, List<String> to, String data) {
        /** The message's text with quoted-printable soft breaks and escapes undone (good enough to find links). */
        public String text() {
            String joined = data.replace("=\r\n", "").replace("=\n", "");
            StringBuilder out = new StringBuilder(joined.length());
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length() && hex(joined.charAt(i + 1)) && hex(joined.charAt(i + 2))) {
                    out.append((char) Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean hex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }

    public static final String BASE_URL = "http://career-atlas.test:8443";
    public static final String FROM = "Career Atlas <jobs@career-atlas.test>";
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private ServerSocket server;
    private Thread acceptor;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the test SMTP port", e);
        }
        acceptor = new Thread(this::accept, "test-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        // Production-profile keys only: the packaged app (prod) takes them, the @QuarkusTest tests (test) do not.
        return Map.of("%prod.quarkus.mailer.host", "127.0.0.1",
                "%prod.quarkus.mailer.port", Integer.toString(server.getLocalPort()), "%prod.quarkus.mailer.from", FROM,
                "%prod.quarkus.mailer.start-tls", "DISABLED", "%prod.app.base-url", BASE_URL);
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Every message received so far. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> converse(client), "test-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 test-smtp ready");
            String from = null;
            List<String> to = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    reply(out, "250 test-smtp");
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = line.substring(10).trim();
                    to.clear();
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO:")) {
                    to.add(line.substring(8).trim().replaceAll("^<|>$", ""));
                    reply(out, "250 OK");
                } else if (upper.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                    }
                    RECEIVED.add(new Received(from, List.copyOf(to), data.toString()));
                    reply(out, "250 OK: queued");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else if (upper.startsWith("RSET") || upper.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else {
                    reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
