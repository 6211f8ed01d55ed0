package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.CatalogApi.productUpdateBody;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.assertNoLeak;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.StartGate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** End-to-end tests of {@code POST /api/products/{id}/stock}: atomic, conditional, never below 0, never overflowing. */
@DisplayName("POST /api/products/{id}/stock")
class ProductStockApiTest extends HttpTest {

    private UUID product(int stock) throws Exception {
        return new CatalogApi(mvc).product("Stock " + marker(), "2.00", stock);
    }

    private static String stock(UUID id) {
        return PRODUCTS + "/" + id + "/stock";
    }

    @Test
    void takesAwayAndAddsAnsweringTheProductWithANewEtag() throws Exception {
        UUID id = product(10);

        mvc.perform(postJson(stock(id), "{\"delta\": -3}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.stockQuantity").value(7))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(postJson(stock(id), "{\"delta\": 5}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.stockQuantity").value(12));
        mvc.perform(get(PRODUCTS + "/" + id))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.stockQuantity").value(12));
    }

    @Test
    void mayTakeTheLastUnitButRefusesToGoBelowZeroWith409NamingTheAvailableQuantity() throws Exception {
        UUID id = product(3);

        mvc.perform(postJson(stock(id), "{\"delta\": -4}"))
                .andExpect(problem(409, "conflict", stock(id)))
                .andExpect(jsonPath("$.detail", containsString("only 3 in stock")));
        mvc.perform(get(PRODUCTS + "/" + id)).andExpect(jsonPath("$.stockQuantity").value(3)).andExpect(jsonPath("$.version").value(0));

        mvc.perform(postJson(stock(id), "{\"delta\": -3}")).andExpect(status().isOk()).andExpect(jsonPath("$.stockQuantity").value(0));
        mvc.perform(postJson(stock(id), "{\"delta\": -1}")).andExpect(problem(409, "conflict", stock(id)));
    }

    @Test
    void refusesToOverflowTheStockWith409NeverA500() throws Exception {
        UUID id = product(Integer.MAX_VALUE - 10);

        mvc.perform(postJson(stock(id), "{\"delta\": 11}"))
                .andExpect(problem(409, "conflict", stock(id)))
                .andExpect(jsonPath("$.detail", containsString("exceed")));
        mvc.perform(postJson(stock(id), "{\"delta\": 10}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stockQuantity").value(Integer.MAX_VALUE));
        mvc.perform(postJson(stock(id), "{\"delta\": 1000000}")).andExpect(problem(409, "conflict", stock(id)));
    }

    @Test
    void worksOnADeletedProduct() throws Exception {
        UUID id = product(1);
        new CatalogApi(mvc).deleteProduct(id);

        mvc.perform(postJson(stock(id), "{\"delta\": 4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.stockQuantity").value(5));
    }

    @Test
    void answers404ForAnUnknownProductAnd400ForAMalformedId() throws Exception {
        mvc.perform(postJson(PRODUCTS + "/" + UNKNOWN_ID + "/stock", "{\"delta\": 1}"))
                .andExpect(problem(404, "not-found", PRODUCTS + "/" + UNKNOWN_ID + "/stock"));
        mvc.perform(postJson(PRODUCTS + "/x/stock", "{\"delta\": 1}")).andExpect(invalid(PRODUCTS + "/x/stock", "id"));
    }

    @Test
    void twentyConcurrentTakesOfOneFromAStockOfTenSellExactlyTen() throws Exception {
        UUID id = product(10);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + stock(id)))
                .header("Content-Type", "application/json")
                .header("Authorization", auth.adminBearer())
                .POST(HttpRequest.BodyPublishers.ofString("{\"delta\": -1}"))
                .build();
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertNoLeak(response.body());
                if (response.statusCode() == 200) {
                    ok++;
                } else if (response.statusCode() == 409) {
                    conflict++;
                }
            }
            assertThat(ok).isEqualTo(10);
            assertThat(conflict).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(get(PRODUCTS + "/" + id))
                .andExpect(jsonPath("$.stockQuantity").value(0))
                .andExpect(jsonPath("$.version").value(10));
    }

    @Test
    void detailsUpdatesAndADeleteRacingWithStockChangesNeverWriteBackAnOldStock() throws Exception {
        UUID id = product(100);
        HttpClient client = HttpClient.newHttpClient();
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(send(client, "PUT", PRODUCTS + "/" + id, productUpdateBody("Renamed " + i, "3.00").json()));
            requests.add(send(client, "POST", stock(id), "{\"delta\": -1}"));
        }
        requests.add(send(client, "DELETE", PRODUCTS + "/" + id, null));

        List<HttpResponse<String>> answers = StartGate.runAtOnce(requests);

        int taken = 0;
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i);
            assertNoLeak(answer.body());
            assertThat(answer.statusCode()).as("request %d: %s", i, answer.body()).isIn(200, 204, 409);
            if (i % 2 == 1 && i < 16) {
                assertThat(answer.statusCode()).as("a stock change never loses to a details update").isEqualTo(200);
                taken++;
            }
        }
        mvc.perform(get(PRODUCTS + "/" + id)).andExpect(jsonPath("$.stockQuantity").value(100 - taken));
    }

    private Callable<HttpResponse<String>> send(HttpClient client, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", auth.adminBearer())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return () -> client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
