package org.plenary.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file runs PostgreSQL (named volume, healthcheck), two Plenary replicas and nginx in front. Its shape is
 * checked here always; Docker's own check ({@code docker compose config}, which needs no engine) runs as well when a
 * compose CLI is installed.
 */
class DockerComposeTests {

    private static final Path COMPOSE = Path.of("docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void postgres_with_a_volume_and_healthcheck_two_replicas_and_nginx_in_front() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(COMPOSE)) {
            compose = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("db", "app", "proxy");

        Map<String, Object> db = services.get("db");
        assertThat((String) db.get("image")).startsWith("postgres:");
        assertThat((List<String>) db.get("volumes"))
                .anySatisfy((v) -> assertThat(v).startsWith("pgdata:"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("pgdata");
        assertThat(db).containsKey("healthcheck");

        Map<String, Object> app = services.get("app");
        assertThat(((Map<String, Object>) app.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(app).doesNotContainKey("ports");
        assertThat((Map<String, Object>) app.get("environment")).containsKeys("SPRING_DATASOURCE_URL");

        Map<String, Object> proxy = services.get("proxy");
        assertThat((String) proxy.get("image")).startsWith("nginx:");
        assertThat((List<String>) proxy.get("volumes"))
                .anySatisfy((v) -> assertThat(v).startsWith("./deploy/nginx.conf:"));
        assertThat(Files.readString(Path.of("deploy/nginx.conf"))).contains("server app:8080");
    }

    @Test
    void docker_compose_config_accepts_the_file_when_a_compose_cli_is_installed() throws Exception {
        List<String> command = composeCli();
        if (command == null) {
            System.out.println("DockerComposeTests: no docker compose CLI here; only the file's shape was checked");
            return;
        }
        List<String> config = new java.util.ArrayList<>(command);
        config.addAll(List.of("-f", COMPOSE.toString(), "config", "-q"));
        Process process = new ProcessBuilder(config).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", config) + ": " + output)
                .isZero();
    }

    /** {@code docker compose} (the plugin) or {@code docker-compose}, whichever answers; null if neither. */
    private static List<String> composeCli() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new java.util.ArrayList<>(candidate);
            version.add("version");
            try {
                Process process =
                        new ProcessBuilder(version).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException ex) {
                // Not installed.
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
