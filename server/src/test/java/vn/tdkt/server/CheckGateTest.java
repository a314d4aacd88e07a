package vn.tdkt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The bound on checks under way: the excess waits, then is told to come back; an overrun is cut off. */
class CheckGateTest {
    private static TdktProperties properties(int concurrent, Duration wait, Duration limit) {
        return new TdktProperties("127.0.0.1", 0, DataSize.ofMegabytes(4), DataSize.ofMegabytes(4),
                DataSize.ofMegabytes(20), limit, Duration.ofMinutes(1), concurrent, wait, 1, (Path) null, 0,
                new TdktProperties.Api(null));
    }

    @Test
    @DisplayName("when every place is taken, a check waits its bounded time, then is a 503 with Retry-After")
    void busy() throws Exception {
        CheckGate gate = new CheckGate(properties(1, Duration.ofMillis(100), Duration.ofSeconds(5)));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = caller.submit(() -> gate.run(() -> {
                started.countDown();
                release.await(5, TimeUnit.SECONDS);
                return "first";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            Problem busy = catchThrowableOfType(Problem.class, () -> gate.run(() -> "second"));
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(90).toNanos());
            assertThat(busy.type()).isEqualTo(Problem.Type.BUSY);
            assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(gate.run(() -> "third")).isEqualTo("third"); // the place is free again
        } finally {
            caller.shutdownNow();
            gate.destroy();
        }
    }

    @Test
    @DisplayName("a check over the time limit is a 503 that names the limit")
    void timeLimit() {
        CheckGate gate = new CheckGate(properties(2, Duration.ofMillis(100), Duration.ofMillis(200)));
        try {
            Problem late = catchThrowableOfType(Problem.class, () -> gate.run(() -> {
                Thread.sleep(5_000);
                return "late";
            }));
            assertThat(late.type()).isEqualTo(Problem.Type.TIME_LIMIT);
            assertThat(late.type().status().value()).isEqualTo(503);
        } finally {
            gate.destroy();
        }
    }
}
