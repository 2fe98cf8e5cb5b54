package dk.broer.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx from Debian as the load balancer in front of several instances, round robin, with its own
 * configuration and prefix folder so it touches nothing of the machine's. It passes the client's
 * address on (X-Forwarded-For; the instances trust 127.0.0.1 as a proxy) and names the instance
 * that answered in X-Broer-Instance, so a test can see that both served.
 */
final class Balancer {

    private final Path prefix;
    private final int port = Instance.freePort();
    private Process process;

    Balancer(Path prefix) {
        this.prefix = prefix;
    }

    int port() {
        return port;
    }

    /** http://localhost:port/, which is also every instance's broer.base-url. */
    String base() {
        return "http://localhost:" + port + "/";
    }

    Balancer start(List<Instance> instances) {
        try {
            Files.createDirectories(prefix.resolve("logs"));
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, configuration(instances));
            process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile()).start();
            awaitListening();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String configuration(List<Instance> instances) {
        String servers = instances.stream().map(i -> "        server 127.0.0.1:" + i.port() + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream broer {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        client_max_body_size 10m;
                        location / {
                            proxy_pass http://broer;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_next_upstream off;
                            add_header X-Broer-Instance $upstream_addr always;
                        }
                    }
                }
                """.formatted(prefix, servers, port);
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended: " + read(prefix.resolve("logs/nginx.out")) + read(prefix.resolve("logs/error.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
