package org.plenary.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Tomcat behind a simulated reverse proxy: only the trusted proxy (here 127.0.0.1) may name the client's
 * address (X-Forwarded-For) and TLS (X-Forwarded-Proto). A client connecting from anywhere else (127.0.0.2 here,
 * bound with a raw socket) cannot rotate a forged X-Forwarded-For to escape the per-address throttle, and cannot make
 * its plain-HTTP session cookie look like a TLS one.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ClientAddressBehindProxyTests {

    private static final String PROXY = "127.0.0.1";

    private static final String OUTSIDER = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    LoginThrottle throttle;

    @Test
    void the_session_cookie_is_secure_when_the_trusted_proxy_says_the_request_came_over_tls() throws IOException {
        assertThat(sessionCookie(request(PROXY, "GET", "/login", Map.of("X-Forwarded-Proto", "https"), null)))
                .contains("Secure")
                .contains("HttpOnly");
        assertThat(sessionCookie(request(PROXY, "GET", "/login", Map.of(), null)))
                .doesNotContain("Secure");
    }

    @Test
    void a_forwarded_proto_from_anyone_but_the_proxy_is_ignored() throws IOException {
        assertThat(sessionCookie(request(OUTSIDER, "GET", "/login", Map.of("X-Forwarded-Proto", "https"), null)))
                .doesNotContain("Secure");
    }

    @Test
    void a_client_rotating_a_forged_forwarded_for_is_still_throttled_by_its_own_address() throws IOException {
        String username = account();
        for (int i = 0; i < 20; i++) {
            assertThat(login(OUTSIDER, Map.of("X-Forwarded-For", forged()), "sprayed-" + i, "wrong"))
                    .endsWith("/login?error");
        }
        assertThat(this.throttle.isLocked("anyone", OUTSIDER)).isTrue();
        assertThat(login(OUTSIDER, Map.of("X-Forwarded-For", forged()), username, "correct-password-123"))
                .as("refused even with the right password")
                .endsWith("/login?error");
    }

    @Test
    void behind_the_proxy_the_client_is_the_address_the_proxy_appended_not_a_forged_one_before_it() throws IOException {
        String username = account();
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 5; i++) {
            // What nginx's $proxy_add_x_forwarded_for sends: the client's forged header, then the real address.
            assertThat(login(PROXY, Map.of("X-Forwarded-For", forged() + ", " + client), username, "wrong-" + i))
                    .endsWith("/login?error");
        }
        assertThat(this.throttle.isLocked(username, client)).isTrue();
        assertThat(login(PROXY, Map.of("X-Forwarded-For", forged() + ", " + client), username, "correct-password-123"))
                .endsWith("/login?error");
        assertThat(login(PROXY, Map.of("X-Forwarded-For", "203.0.113.9"), username, "correct-password-123"))
                .as("the account's owner at another address")
                .doesNotContain("error");
    }

    private String account() {
        String username = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        this.accounts.ensure(username, "Proxied", Role.VIEWER, "correct-password-123");
        return username;
    }

    private static String forged() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** Logs in the way a browser does (login page, session cookie, CSRF token); returns where it was sent. */
    private String login(String from, Map<String, String> headers, String username, String password)
            throws IOException {
        Response page = request(from, "GET", "/login", headers, null);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String cookie = sessionCookie(page).split(";", 2)[0];
        Map<String, String> post = new LinkedHashMap<>(headers);
        post.put("Cookie", cookie);
        post.put("Content-Type", "application/x-www-form-urlencoded");
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        Response response = request(from, "POST", "/login", post, form);
        assertThat(response.status()).isEqualTo(302);
        return response.header("Location");
    }

    private static String sessionCookie(Response response) {
        return response.headers("Set-Cookie").stream()
                .filter((c) -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.head()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One HTTP/1.1 request over a socket bound to {@code from}, so the server sees that client address. */
    private Response request(String from, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName(PROXY), this.port), 5000);
            socket.setSoTimeout(30000);
            byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            head.append("Host: localhost:").append(this.port).append("\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Response.parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    private record Response(int status, String head, String body) {

        static Response parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, end);
            return new Response(Integer.parseInt(head.split(" ")[1]), head, raw.substring(end + 4));
        }

        List<String> headers(String name) {
            List<String> values = new ArrayList<>();
            for (String line : this.head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).strip());
                }
            }
            return values;
        }

        String header(String name) {
            return headers(name).stream().findFirst().orElse(null);
        }
    }
}
