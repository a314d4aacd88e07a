package vn.tdkt.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tdkt.engine.ComplianceEngine;
import vn.tdkt.engine.Packs;
import vn.tdkt.finding.Report;
import vn.tdkt.json.PlanJson;
import vn.tdkt.json.ReportJson;
import vn.tdkt.model.Plan;

/**
 * The server under load, beside the library it serves: starts {@code server/target/tdkt-server.jar} on a free loopback
 * port, times its start and its first requests apart, then sends plans from {@value #CLIENTS} concurrent keep-alive
 * clients, bounded in count and in time: Hải Phòng's generated plans as JSON, then Word documents made of the seed
 * texts. Prints requests per second and the latency's median and 99th percentile of each, and the library's own
 * one-by-one figure on the same plans in this JVM (as {@code EvaluationBenchmark.evaluateOneByOne1Thread} measures
 * it), with the ratio. The server and the clients share the machine. Not a test: run it from the project's root,
 * after {@code mvn -B -q -DskipTests -Pbench package}:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar vn.tdkt.benchmarks.ServerLoad}</pre>
 *
 * {@code -Dtdkt.load.seconds=20} bounds each measured run (default 20 s), {@code -Dtdkt.load.requests=40000} its count;
 * {@code -Dtdkt.load.server-options="-XX:StartFlightRecording=filename=server.jfr"} passes options to the server's JVM.
 */
public final class ServerLoad {
    static final int CLIENTS = 4;
    private static final long SECONDS = Long.getLong("tdkt.load.seconds", 20);
    private static final int REQUESTS = Integer.getInteger("tdkt.load.requests", 40_000);

    private ServerLoad() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "server/target/tdkt-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + ": build it first (mvn -B -q -DskipTests package)");
        }
        System.out.printf(Locale.ROOT, "machine: %d processors, %s %s (%s), %s %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.arch"));
        Workload workload = new Workload(512);
        List<byte[]> plans = workload.json.stream().map(j -> j.getBytes(StandardCharsets.UTF_8)).toList();
        List<byte[]> documents = new ArrayList<>();
        for (String seed : List.of("000-ke-sat.txt", "002-dai-son-ocr.txt", "003-kien-moc.txt", "004-an-hai.txt")) {
            documents.add(ImportBenchmark.docx(Files.readString(Path.of("examples/seeds", seed), StandardCharsets.UTF_8)));
        }

        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String options = System.getProperty("tdkt.load.server-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--tdkt.port=" + port, "--logging.level.root=WARN"));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(Path.of("benchmarks/target/server-load.log").toFile())
                .start();
        try {
            HttpClient client = client();
            waitUntilUp(client, base, server);
            long up = System.nanoTime() - started;
            long firstJson = time(client, json(base, plans.get(0)));
            long firstDocx = time(client, docx(base, documents.get(0), "ke-sat.docx"));
            System.out.printf(Locale.ROOT, "start: %,d ms from the JVM's launch to /api/v1/health answering%n", up / 1_000_000);
            System.out.printf(Locale.ROOT, "first requests after start: JSON plan %.1f ms, .docx %.1f ms%n",
                    firstJson / 1e6, firstDocx / 1e6);

            // the floor: what HTTP, Tomcat and Spring cost a request that checks nothing
            load(base, List.of(), false, 4_000, 10);
            Cpu before = Cpu.of(server);
            Result health = load(base, List.of(), false, REQUESTS, SECONDS);
            print("GET /api/v1/health (no check)", health, before.to(Cpu.of(server)));

            // warm the server's and the clients' code, then measure
            load(base, plans, false, 4_000, 10);
            before = Cpu.of(server);
            Result json = load(base, plans, false, REQUESTS, SECONDS);
            print("JSON plans", json, before.to(Cpu.of(server)));
            load(base, documents, true, 200, 10);
            before = Cpu.of(server);
            Result docx = load(base, documents, true, REQUESTS / 10, SECONDS);
            print(".docx uploads", docx, before.to(Cpu.of(server)));

            double library = libraryOneByOne(workload.plans);
            double libraryWithJson = libraryOneByOneWithJson(workload.json);
            System.out.printf(Locale.ROOT, "library, one plan at a time, 1 thread, this JVM: %,.0f plans/s evaluated "
                    + "(evaluateOneByOne1Thread); %,.0f plans/s read from JSON, evaluated and written as the report "
                    + "JSON%n", library, libraryWithJson);
            System.out.printf(Locale.ROOT, "ratio: the server's JSON requests/s over the library's: %.2f (evaluate "
                    + "only), %.2f (read, evaluate, write)%n", json.perSecond / library, json.perSecond / libraryWithJson);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static void waitUntilUp(HttpClient client, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped: see benchmarks/target/server-load.log");
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the server did not answer within 2 minutes");
    }

    private static HttpRequest json(String base, byte[] plan) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build();
    }

    private static HttpRequest docx(String base, byte[] document, String name) {
        String boundary = "tdkt-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(document);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** One request's time, failing on any answer but 200. */
    private static long time(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return took;
    }

    record Result(int requests, double seconds, double perSecond, double p50, double p99) {
    }

    /**
     * {@value #CLIENTS} clients, each with its own keep-alive connection, until {@code count} or {@code seconds}; no
     * bodies: GET /api/v1/health.
     */
    private static Result load(String base, List<byte[]> bodies, boolean documents, int count, long seconds)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long[][] latencies = new long[CLIENTS][];
        int[] done = new int[CLIENTS];
        Exception[] failed = new Exception[1];
        Thread[] clients = new Thread[CLIENTS];
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int me = c;
            latencies[c] = new long[count];
            clients[c] = new Thread(() -> {
                HttpClient client = client();
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                        HttpRequest request = bodies.isEmpty()
                                ? HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build()
                                : documents ? docx(base, bodies.get(i % bodies.size()), "plan-" + (i % bodies.size()) + ".docx")
                                : json(base, bodies.get(i % bodies.size()));
                        latencies[me][done[me]++] = time(client, request);
                    }
                } catch (Exception e) {
                    failed[0] = e;
                }
            }, "load-client-" + c);
            clients[c].start();
        }
        for (Thread t : clients) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failed[0] != null) {
            throw failed[0];
        }
        int total = Arrays.stream(done).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < CLIENTS; c++) {
            System.arraycopy(latencies[c], 0, all, k, done[c]);
            k += done[c];
        }
        Arrays.sort(all);
        return new Result(total, elapsed, total / elapsed, all[(int) (total * 0.50)] / 1e6,
                all[Math.min(total - 1, (int) (total * 0.99))] / 1e6);
    }

    private static void print(String what, Result r, Cpu used) {
        System.out.printf(Locale.ROOT, "%s, %d clients: %,d requests in %.1f s = %,.0f requests/s; latency p50 %.2f ms, "
                + "p99 %.2f ms; CPU a request: server %.2f ms, clients %.2f ms; machine load average %.1f%n", what,
                CLIENTS, r.requests, r.seconds, r.perSecond, r.p50, r.p99, used.server / 1e6 / r.requests,
                used.clients / 1e6 / r.requests, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time used so far, in nanoseconds: by the server's process and by this one (the clients). */
    record Cpu(long server, long clients) {
        static Cpu of(Process server) {
            long serverCpu = server.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            long own = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
            return new Cpu(serverCpu, own);
        }

        Cpu to(Cpu later) {
            return new Cpu(later.server - server, later.clients - clients);
        }
    }

    /** Plans per second, one at a time on one thread, evaluation only: the JMH benchmark's loop, timed by hand. */
    private static double libraryOneByOne(List<Plan> plans) {
        ComplianceEngine engine = Packs.onClassPath().engine("hai-phong");
        for (int i = 0; i < 20_000; i++) {
            engine.evaluate(plans.get(i % plans.size()));
        }
        int n = 0;
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Report report = engine.evaluate(plans.get(n++ % plans.size()));
            if (report == null) {
                throw new IllegalStateException();
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** The same with what a request adds in the library: the plan read from JSON, the report written as JSON. */
    private static double libraryOneByOneWithJson(List<String> json) {
        ComplianceEngine engine = Packs.onClassPath().engine("hai-phong");
        for (int i = 0; i < 20_000; i++) {
            ReportJson.write(List.of(engine.evaluate(PlanJson.read(json.get(i % json.size()), "plan"))));
        }
        int n = 0;
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            ReportJson.write(List.of(engine.evaluate(PlanJson.read(json.get(n++ % json.size()), "plan"))));
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
