package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.CatalogApi.CATEGORIES;
import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalog's reads and writes cost a constant number of SQL statements, whatever the number of rows (SPEC.md §2).
 * Each test measures the same request over a small and a large data set and requires equal counts.
 */
class CatalogStatementCountTest extends HttpTest {

    @Test
    void readingAProductOrACategoryIsOneStatement() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        UUID category = catalog.category();
        UUID product = catalog.product("One " + marker(), "1.00", 1, category);

        assertThat(sqlStatements.count(() -> mvc.perform(get(PRODUCTS + "/" + product)).andExpect(status().isOk()))).isEqualTo(CONFIRMING_THE_USER + 1);
        assertThat(sqlStatements.count(() -> mvc.perform(get(CATEGORIES + "/" + category)).andExpect(status().isOk()))).isEqualTo(CONFIRMING_THE_USER + 1);
    }

    @Test
    void aStockAdjustmentIsOneUpdateAndOneRead() throws Exception {
        UUID product = new CatalogApi(mvc).product("Adjust " + marker(), "1.00", 5);

        long statements = sqlStatements.count(() -> mvc.perform(postJson(PRODUCTS + "/" + product + "/stock", "{\"delta\": -1}"))
                .andExpect(status().isOk()));

        assertThat(statements).as("the token's user, the conditional update, then the product as it is now").isEqualTo(CONFIRMING_THE_USER + 2);
        long refusal = sqlStatements.count(() -> mvc.perform(postJson(PRODUCTS + "/" + product + "/stock", "{\"delta\": -5}"))
                .andExpect(status().isConflict()));
        assertThat(refusal).as("the token's user, the conditional update, then the stock under a row lock").isEqualTo(CONFIRMING_THE_USER + 2);
    }
}
