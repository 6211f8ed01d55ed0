package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.support.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run on demand with {@code -Dcareshop.measure=true}: the median time to place an
 * order of 10 lines over HTTP on the real port, sequentially, after a warm-up. The figure is in docs/architecture.md.
 */
@EnabledIfSystemProperty(named = "careshop.measure", matches = "true")
class OrderPlacementMeasurement extends HttpTest {

    private static final int WARM_UP = 100;
    private static final int ITERATIONS = 200;

    @Test
    void medianTimeToPlaceAnOrderOf10Lines() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        UUID user = shop().user();
        List<OrderRequests.Line> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(line(shop().product("1.00", 1_000_000), 1));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders"))
                .header("Content-Type", "application/json")
                .header("Authorization", auth.adminBearer())
                .POST(HttpRequest.BodyPublishers.ofString(order(user, lines.toArray(OrderRequests.Line[]::new))))
                .build();

        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("MEASUREMENT place order, 10 lines, %d runs: median %.2f ms, p90 %.2f ms, min %.2f ms, max %.2f ms%n",
                ITERATIONS, nanos[ITERATIONS / 2] / 1e6, nanos[ITERATIONS * 9 / 10] / 1e6, nanos[0] / 1e6, nanos[ITERATIONS - 1] / 1e6);
    }
}
