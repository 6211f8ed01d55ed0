package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.CatalogApi.productBody;
import static dev.careshop.bootstrap.support.CatalogApi.productUpdateBody;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.clientErrorProblem;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** End-to-end tests of product CRUD ({@code /api/products}, {@code /api/products/{id}}) against SPEC.md. */
@DisplayName("/api/products CRUD")
class ProductApiTest extends HttpTest {

    private CatalogApi catalog() {
        return new CatalogApi(mvc);
    }

    @Nested
    @DisplayName("POST /api/products")
    class Create {

        @Test
        void createsAnActiveProductWithLocationEtagAndExactPrice() throws Exception {
            String marker = marker();
            UUID category = catalog().category();
            MvcResult created = mvc.perform(postJson(PRODUCTS, productBody("  Vitamin C " + marker + " ", "12.5", 40)
                            .str("description", "60 tablets").str("categoryId", category.toString()).json()))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.name").value("Vitamin C " + marker))
                    .andExpect(jsonPath("$.description").value("60 tablets"))
                    .andExpect(jsonPath("$.stockQuantity").value(40))
                    .andExpect(jsonPath("$.categoryId").value(category.toString()))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.version").value(0))
                    .andReturn();

            assertThat(body(created)).as("price is a JSON number with two decimals").contains("\"price\":12.50");
            String id = text(created, "$.id");
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(PRODUCTS + "/" + id);
            mvc.perform(get(created.getResponse().getHeader(HttpHeaders.LOCATION)))
                    .andExpect(status().isOk())
                    .andExpect(content().json(created.getResponse().getContentAsString()));
        }

        @Test
        void categoryDescriptionAndStockAreOptional() throws Exception {
            mvc.perform(postJson(PRODUCTS, new Body().str("name", "Bare " + marker()).raw("price", "0").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.stockQuantity").value(0))
                    .andExpect(jsonPath("$.categoryId").doesNotExist())
                    .andExpect(jsonPath("$.description").doesNotExist());
        }

        @ParameterizedTest(name = "price {0} is stored as {1}")
        @CsvSource({"0, 0.00", "0.1, 0.10", "19.99, 19.99", "1e2, 100.00", "99999999.99, 99999999.99", "5.000, 5.00"})
        void storesPricesExactlyNeverThroughADouble(String price, String stored) throws Exception {
            String json = body(mvc.perform(postJson(PRODUCTS, productBody("Price " + marker(), price, 1).json()))
                    .andExpect(status().isCreated()));
            assertThat(json).contains("\"price\":" + stored + ",");
        }

        @Test
        void refusesAnUnknownCategoryWith422NamingCategoryId() throws Exception {
            mvc.perform(postJson(PRODUCTS, productBody("Orphan " + marker(), "1", 1).str("categoryId", UNKNOWN_ID).json()))
                    .andExpect(problem(422, "missing-reference", PRODUCTS))
                    .andExpect(jsonPath("$.errors[0].field").value("categoryId"));
        }
    }

    @Nested
    @DisplayName("GET /api/products/{id}")
    class Read {

        @Test
        void answersTheProductWithItsEtag() throws Exception {
            UUID id = catalog().product("Read " + marker(), "3.10", 2);
            mvc.perform(get(PRODUCTS + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.active").value(true));
        }

        @Test
        void answers304ToIfNoneMatchWithTheCurrentEtagAnd200AfterAStockChange() throws Exception {
            UUID id = catalog().product("Cached " + marker(), "3.10", 2);
            mvc.perform(get(PRODUCTS + "/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                    .andExpect(status().isNotModified())
                    .andExpect(content().string(""));

            mvc.perform(postJson(PRODUCTS + "/" + id + "/stock", "{\"delta\": 1}")).andExpect(status().isOk());
            mvc.perform(get(PRODUCTS + "/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.stockQuantity").value(3));
        }
    }

    @Nested
    @DisplayName("PUT /api/products/{id}")
    class Update {

        @Test
        void replacesTheDetailsKeepsTheStockAndIncrementsTheVersion() throws Exception {
            String marker = marker();
            UUID id = catalog().product("Before " + marker, "1.00", 7);
            UUID category = catalog().category();

            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("After " + marker, "2.5")
                            .str("categoryId", category.toString()).str("description", "new").json()))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.name").value("After " + marker))
                    .andExpect(jsonPath("$.price").value(2.5))
                    .andExpect(jsonPath("$.categoryId").value(category.toString()))
                    .andExpect(jsonPath("$.stockQuantity").value(7))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.version").value(1));
        }

        @Test
        void neverOverwritesAStockChangeMadeSinceTheClientReadTheProduct() throws Exception {
            UUID id = catalog().product("Race " + marker(), "1.00", 10);
            mvc.perform(postJson(PRODUCTS + "/" + id + "/stock", "{\"delta\": -4}")).andExpect(status().isOk());

            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("Race renamed", "1").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stockQuantity").value(6))
                    .andExpect(jsonPath("$.version").value(2));
            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("Race stale", "1").json()).header(HttpHeaders.IF_MATCH, "\"0\""))
                    .andExpect(problem(412, "precondition-failed", PRODUCTS + "/" + id));
        }

        @Test
        void reactivatesADeletedProductWithActiveTrue() throws Exception {
            UUID id = catalog().product("Back " + marker(), "1.00", 1);
            catalog().deleteProduct(id);

            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("Back", "1").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.active").value(false));
            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("Back", "1").raw("active", "true").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.active").value(true));
        }

        @Test
        void answers422And400ForAnUnknownCategoryAndAnInvalidBody() throws Exception {
            UUID id = catalog().product("Checks " + marker(), "1.00", 1);
            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("x", "1").str("categoryId", UNKNOWN_ID).json()))
                    .andExpect(problem(422, "missing-reference", PRODUCTS + "/" + id))
                    .andExpect(jsonPath("$.errors[0].field").value("categoryId"));
            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("x", "19.999").json()))
                    .andExpect(invalid(PRODUCTS + "/" + id, "price"));
            mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("x", "1").raw("active", "\"yes\"").json()))
                    .andExpect(invalid(PRODUCTS + "/" + id, "active"));
            mvc.perform(get(PRODUCTS + "/" + id)).andExpect(jsonPath("$.version").value(0));
        }
    }

    @Nested
    @DisplayName("DELETE /api/products/{id}")
    class Delete {

        @Test
        void isASoftDeleteThatBumpsTheVersionAndCanBeRepeated() throws Exception {
            UUID id = catalog().product("Soft " + marker(), "1.00", 3);

            mvc.perform(delete(PRODUCTS + "/" + id)).andExpect(status().isNoContent()).andExpect(content().string(""));
            mvc.perform(get(PRODUCTS + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.active").value(false))
                    .andExpect(jsonPath("$.stockQuantity").value(3));

            mvc.perform(delete(PRODUCTS + "/" + id)).andExpect(status().isNoContent());
            mvc.perform(get(PRODUCTS + "/" + id)).andExpect(jsonPath("$.version").value(1));
        }
    }

    @Nested
    @DisplayName("Errors never leak internals")
    class NoLeaks {

        @Test
        void clientErrorsAreProblemsWithoutInternals() throws Exception {
            UUID id = catalog().product("Leak " + marker(), "1.00", 1);
            List<MvcResult> results = List.of(
                    mvc.perform(postJson(PRODUCTS, "{\"price\": ")).andReturn(),
                    mvc.perform(postJson(PRODUCTS, productBody("x", "1e999999999", 1).json())).andReturn(),
                    mvc.perform(postJson(PRODUCTS, productBody("x", "1", 1).str("categoryId", UNKNOWN_ID).json())).andReturn(),
                    mvc.perform(putJson(PRODUCTS + "/" + id, productUpdateBody("x", "1").raw("stockQuantity", "1").json())).andReturn(),
                    mvc.perform(get(PRODUCTS).param("minPrice", "abc")).andReturn(),
                    mvc.perform(get(PRODUCTS).param("sort", "price; drop table products")).andReturn(),
                    mvc.perform(postJson(PRODUCTS + "/" + id + "/stock", "{\"delta\": -5}")).andReturn());
            for (MvcResult result : results) {
                clientErrorProblem().match(result);
            }
        }
    }
}
