package vn.tdkt.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Bounds the checks under way: at most {@code tdkt.max-concurrent-checks} at once (a batch counts as one), each within
 * {@code tdkt.time-limit}. A check that finds them all taken waits up to {@code tdkt.queue-wait} for its turn, then is
 * answered 503 with {@code Retry-After}; one over its time is answered 503 too. A check that overran its time keeps its
 * place until it really ends (a document's reader cannot be stopped part way), so the bound holds for the work the
 * machine does, not only for the answers.
 */
@Component
public class CheckGate implements DisposableBean {
    private final Semaphore permits;
    private final ExecutorService workers;
    private final Duration timeLimit;
    private final Duration queueWait;

    public CheckGate(TdktProperties properties) {
        int n = properties.concurrentChecks();
        this.permits = new Semaphore(n, true);
        this.timeLimit = properties.timeLimit();
        this.queueWait = properties.queueWait();
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "tdkt-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs a check in its turn and within the time limit; its {@link RuntimeException}s pass through unchanged. */
    public <T> T run(Callable<T> check) {
        acquire();
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    return check.call();
                } finally {
                    permits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            permits.release();
            throw busy();
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            long seconds = Math.max(1, timeLimit.toSeconds());
            throw new Problem(Problem.Type.TIME_LIMIT,
                    "Việc kiểm tra kéo dài quá " + seconds + " giây, giới hạn của máy chủ.",
                    "The check took longer than the server's limit of " + seconds + " s.")
                    .with("limitSeconds", seconds);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the check failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Takes a place for work done elsewhere (a batch streams on its own threads); {@link #release()} gives it back. */
    public void acquire() {
        try {
            if (!permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Gives back a place taken with {@link #acquire()}. */
    public void release() {
        permits.release();
    }

    private Problem busy() {
        Duration after = Duration.ofSeconds(Math.max(1, queueWait.toSeconds()));
        return new Problem(Problem.Type.BUSY,
                "Máy chủ đang kiểm tra nhiều kế hoạch cùng lúc; hãy gửi lại sau " + after.toSeconds() + " giây.",
                "The server is checking as many plans as it can at once; try again in " + after.toSeconds() + " s.")
                .retryAfter(after);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
