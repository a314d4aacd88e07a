package vn.tdkt.server;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server's settings: the {@code tdkt.*} keys of {@code application.yaml}, each overridable from the environment
 * ({@code TDKT_MAX_UPLOAD_SIZE=10MB}, {@code TDKT_API_TOKEN=…}) or the command line ({@code --tdkt.port=9090}).
 *
 * @param address             the address to listen on; loopback by default, so that nothing outside the machine
 *                            reaches the server until it is meant to (then set {@code api.token} too)
 * @param port                the port
 * @param maxBodySize         a plan sent as JSON, at most (larger: 413); the library reads no plan over 4 MB
 * @param maxBatchSize        an NDJSON stream of plans, at most (a larger one is cut there)
 * @param maxUploadSize       an uploaded document, at most (larger: 413); the importer reads none over 20 MB
 * @param timeLimit           a check (reading the plan or document and checking it) takes at most this long (then 503)
 * @param batchTimeLimit      a batch runs at most this long; then it stops taking lines and ends its answer
 * @param maxConcurrentChecks checks under way at once, at most; 0 for twice the processors
 * @param queueWait           how long a check waits for its turn when that many are under way (then 503)
 * @param batchThreads        worker threads of one batch; 0 for the processors
 * @param packsDir            a directory of packs read at start besides those of the class path, or none
 * @param warmUpPlans         generated plans each engine checks at start, so that the first requests find the
 *                            engines, the JSON reader and the writer compiled; 0 for none
 * @param api                 the API's access
 */
@ConfigurationProperties("tdkt")
public record TdktProperties(
        @DefaultValue("127.0.0.1") String address,
        @DefaultValue("8080") int port,
        @DefaultValue("4MB") DataSize maxBodySize,
        @DefaultValue("256MB") DataSize maxBatchSize,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("30s") Duration timeLimit,
        @DefaultValue("10m") Duration batchTimeLimit,
        @DefaultValue("0") int maxConcurrentChecks,
        @DefaultValue("2s") Duration queueWait,
        @DefaultValue("0") int batchThreads,
        Path packsDir,
        @DefaultValue("200") int warmUpPlans,
        @DefaultValue Api api) {

    /**
     * The API's access.
     *
     * @param token when set, every request to {@code /api/**} must carry {@code Authorization: Bearer <token>}; set it
     *              whenever the server listens beyond loopback
     */
    public record Api(String token) {
        /** Whether requests must carry the token. */
        public boolean tokenRequired() {
            return token != null && !token.isBlank();
        }
    }

    /** How many checks may run at once. */
    public int concurrentChecks() {
        return maxConcurrentChecks > 0 ? maxConcurrentChecks : 2 * Runtime.getRuntime().availableProcessors();
    }

    /** Worker threads of one batch. */
    public int threadsPerBatch() {
        return batchThreads > 0 ? batchThreads : Runtime.getRuntime().availableProcessors();
    }
}
