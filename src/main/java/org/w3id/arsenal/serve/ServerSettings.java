package org.w3id.arsenal.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.w3id.arsenal.claim.Iris;

/**
 * How the server runs.
 *
 * @param port        0 picks a free port (tests)
 * @param allInterfaces listen beyond localhost (off unless asked)
 * @param passwordFile enables update and Graph Store writes for the users in it (Jetty realm format: user: password)
 * @param maxBodyBytes the largest request body accepted
 * @param corsOrigins  null to disable CORS, "*" for any origin, or a comma-separated list
 * @param idBase       the namespace of entity IRIs, served under /id/
 */
public record ServerSettings(int port, boolean allInterfaces, Optional<Path> passwordFile, Duration queryTimeout,
        long maxBodyBytes, String corsOrigins, String idBase) {

    public static final String DATASET = "/arsenal";
    public static final String DEFAULT_ID_BASE = Iris.ID;

    public static ServerSettings defaults() {
        return new ServerSettings(3030, false, Optional.empty(), Duration.ofSeconds(10), 10L * 1024 * 1024, "*",
                DEFAULT_ID_BASE);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(p, allInterfaces, passwordFile, queryTimeout, maxBodyBytes, corsOrigins, idBase);
    }

    public ServerSettings withPasswordFile(Path file) {
        return new ServerSettings(port, allInterfaces, Optional.ofNullable(file), queryTimeout, maxBodyBytes,
                corsOrigins, idBase);
    }

    public ServerSettings withCors(String origins) {
        return new ServerSettings(port, allInterfaces, passwordFile, queryTimeout, maxBodyBytes, origins, idBase);
    }

    public ServerSettings withQueryTimeout(Duration t) {
        return new ServerSettings(port, allInterfaces, passwordFile, t, maxBodyBytes, corsOrigins, idBase);
    }
}
