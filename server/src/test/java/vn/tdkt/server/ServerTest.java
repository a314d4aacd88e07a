package vn.tdkt.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server on a random loopback port, with an upload limit small enough to exceed in a test. The test classes that
 * share these settings share one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tdkt.max-upload-size=2MB", "tdkt.max-batch-size=1MB",
                "tdkt.warm-up-plans=20"})
@interface ServerTest {
}
