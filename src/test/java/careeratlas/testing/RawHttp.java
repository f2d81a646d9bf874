package careeratlas.testing;

import io.restassured.RestAssured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a plain socket, sending the request target and body byte for byte: the HTTP clients of the JDK and
 * RestAssured refuse or re-encode the malformed addresses (a lone {@code %}, {@code %C0%AF}) that attackers send.
 */
public final class RawHttp {

    public record Reply(int status, String head, String body) {
    }

    private RawHttp() {
    }

    public static Reply get(String target) {
        return send("GET", target, Map.of(), null);
    }

    /** A form POST whose body is {@code body} exactly (already percent-encoded by the caller). */
    public static Reply postForm(String target, Map<String, String> cookies, String body) {
        return send("POST", target, cookies, body);
    }

    static Reply send(String method, String target, Map<String, String> cookies, String body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(RestAssured.port).append("\r\n")
                    .append("Accept: text/html\r\nConnection: close\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))).append("\r\n");
            }
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.US_ASCII);
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(payload.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? text : text.substring(0, split);
            String responseBody = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            return new Reply(status, responseHead, responseBody);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target.substring(0, Math.min(200, target.length())), e);
        }
    }
}
