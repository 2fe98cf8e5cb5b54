package dk.broer.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret every instance shares for keyed hashes: broer.secret when configured (base64, at
 * least 32 bytes), else generated once into the database, where the first instance to start
 * writes it and every later one reads it. Changing it signs everyone out and voids open links.
 */
@ApplicationScoped
public class ServerSecret {

    private static final Logger LOG = Logger.getLogger(ServerSecret.class.getName());
    private static final String NAME = "hmac";

    @Inject
    @ConfigProperty(name = "broer.secret")
    Optional<String> configured;

    @Resource(lookup = Schema.DATA_SOURCE)
    DataSource dataSource;

    private volatile Tokens tokens;

    @Produces
    public Tokens tokens() {
        Tokens current = tokens;
        if (current == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new Tokens(secret());
                }
                current = tokens;
            }
        }
        return current;
    }

    private byte[] secret() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Base64.getDecoder().decode(configured.get().strip());
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = read(connection);
            if (stored.isEmpty()) {
                insert(connection, Base64.getEncoder().encodeToString(Tokens.randomBytes(32)));
                stored = read(connection);
                LOG.info("Generated the server secret for keyed hashes and stored it in the database");
            }
            return Base64.getDecoder().decode(stored.orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or store the server secret", e);
        }
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, String secret) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, NAME);
            insert.setString(2, secret);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // Another instance stored its secret first: the read that follows takes that one.
            LOG.fine(() -> "Server secret already stored by another instance: " + e.getMessage());
        }
    }
}
