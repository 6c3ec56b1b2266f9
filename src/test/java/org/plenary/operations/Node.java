package org.plenary.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.plenary.PlenaryApplication;
import org.plenary.TestDatabase;

/**
 * One Plenary node: the whole application on an embedded server at a random port, on the database given, spoken to
 * over real HTTP with a cookie of our own (as a browser, or a load balancer sending a browser to any node, would).
 */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;

    private final int port;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static Node start(TestDatabase.Connection database, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(extra);
        // As command-line arguments: they win over application.properties (default properties would not).
        String[] arguments = properties.entrySet().stream()
                .map((e) -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new Node(new SpringApplicationBuilder(PlenaryApplication.class).run(arguments));
    }

    ConfigurableApplicationContext context() {
        return this.context;
    }

    int port() {
        return this.port;
    }

    HttpResponse<String> get(String path, Optional<String> cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        cookie.ifPresent((value) -> request.header("Cookie", value));
        return send(request.build());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Posts the login form as a browser does: the login page first (its session cookie and CSRF token), then the
     * form. Answers the response, whose Location says how it went and whose cookie is the session when it went well.
     */
    HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login", Optional.empty());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String cookie = sessionCookie(page).orElseThrow();
        String form = Map.of("username", username, "password", password, "_csrf", token.group(1)).entrySet().stream()
                .map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter((c) -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                .map((c) -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        this.context.close();
    }
}
