package vn.tdkt.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The tdkt server: the checks of the library as an HTTP API ({@code /api/v1}) and a page for officials ({@code /}).
 * Start it with {@code java -jar server/target/tdkt-server.jar}; its settings are the {@code tdkt.*} keys of
 * {@code application.yaml}, each overridable from the environment ({@code TDKT_PORT=9090}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TdktServer {
    /** Starts the server. */
    public static void main(String[] args) {
        SpringApplication.run(TdktServer.class, args);
    }
}
