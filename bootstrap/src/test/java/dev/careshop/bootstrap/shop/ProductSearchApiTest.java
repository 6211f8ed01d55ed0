package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.CatalogApi.productBody;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end tests of {@code GET /api/products}: the SPEC's filters, paging and sorting. Every test works on its own
 * products, found by a marker in their names through the {@code q} filter.
 */
@DisplayName("GET /api/products")
class ProductSearchApiTest extends HttpTest {

    private String marker;
    private UUID vitamins;
    private UUID vitaminC;
    private UUID vitaminD;
    private UUID aspirin;
    private UUID deleted;

    @BeforeEach
    void products() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        marker = marker();
        vitamins = catalog.category();
        vitaminC = catalog.product("Vitamin C " + marker, "3.50", 5, vitamins);
        vitaminD = catalog.product("Vitamin D " + marker, "8.00", 0, vitamins);
        aspirin = catalog.product("Aspirin " + marker, "4.99", 9);
        deleted = catalog.product("Vitamin E " + marker, "6.00", 1, vitamins);
        catalog.deleteProduct(deleted);
    }

    @Test
    void qMatchesNamesContainingItIgnoringCaseAndHidesInactiveProducts() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", contains(aspirin.toString(), vitaminC.toString(), vitaminD.toString())))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get(PRODUCTS).param("q", "vitamin c " + marker))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminC.toString())));
    }

    @Test
    void includeInactiveShowsDeletedProductsToo() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker).param("includeInactive", "true"))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder(
                        aspirin.toString(), vitaminC.toString(), vitaminD.toString(), deleted.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("includeInactive", "false"))
                .andExpect(jsonPath("$.page.totalElements").value(3));
    }

    @Test
    void percentUnderscoreAndBackslashInQAreMatchedLiterally() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        UUID odd = catalog.product(productBody("Odd 100%_\\ " + marker, "1", 1));
        mvc.perform(get(PRODUCTS).param("q", "100%_\\ " + marker)).andExpect(jsonPath("$.content[*].id", contains(odd.toString())));
        mvc.perform(get(PRODUCTS).param("q", "%" + marker)).andExpect(jsonPath("$.content", empty()));
        mvc.perform(get(PRODUCTS).param("q", "Vitamin _ " + marker)).andExpect(jsonPath("$.content", empty()));
    }

    @Test
    void filtersByCategory() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker).param("categoryId", vitamins.toString()))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminC.toString(), vitaminD.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("categoryId", UNKNOWN_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", empty()));
    }

    @Test
    void filtersByAnInclusivePriceRange() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker).param("minPrice", "3.50").param("maxPrice", "4.99"))
                .andExpect(jsonPath("$.content[*].id", contains(aspirin.toString(), vitaminC.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("minPrice", "5"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminD.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("maxPrice", "4.98"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminC.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("minPrice", "8").param("maxPrice", "8.00"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminD.toString())));
    }

    @Test
    void filtersByStock() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker).param("inStock", "true"))
                .andExpect(jsonPath("$.content[*].id", contains(aspirin.toString(), vitaminC.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("inStock", "false"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminD.toString())));
    }

    @Test
    void combinesFilters() throws Exception {
        // Each product of this test but Vitamin C fails exactly one filter: Aspirin the category, Vitamin D the stock,
        // Vitamin A the minimum, Vitamin B the maximum, the deleted Vitamin E only includeInactive=false; the q filter
        // keeps out every other test's products.
        CatalogApi catalog = new CatalogApi(mvc);
        catalog.product("Vitamin A " + marker, "3.49", 2, vitamins);
        catalog.product("Vitamin B " + marker, "8.01", 2, vitamins);
        mvc.perform(get(PRODUCTS).param("q", marker).param("categoryId", vitamins.toString()).param("inStock", "true")
                        .param("minPrice", "3.5").param("maxPrice", "8").param("includeInactive", "true"))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder(vitaminC.toString(), deleted.toString())));
        mvc.perform(get(PRODUCTS).param("q", marker).param("categoryId", vitamins.toString()).param("inStock", "true")
                        .param("minPrice", "3.5").param("maxPrice", "8").param("includeInactive", "false"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminC.toString())));
        mvc.perform(get(PRODUCTS).param("q", "Vitamin " + "C " + marker).param("categoryId", vitamins.toString())
                        .param("inStock", "true").param("maxPrice", "5").param("minPrice", "1"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminC.toString())));
    }

    /**
     * Every whitelisted field sorts both ways in ResourceContractTest, which leaves text to the collation; here, among
     * the search's hits, by name and, with no direction, ascending.
     */
    @ParameterizedTest(name = "sort={0}")
    @CsvSource(delimiter = '|', value = {
            "name,desc          | D,C,A",
            "stockQuantity      | D,C,A"})
    void sortsTheHitsByTheWhitelistedFields(String sort, String expected) throws Exception {
        String[] order = expected.split(",");
        String[] ids = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            ids[i] = switch (order[i]) {
                case "A" -> aspirin.toString();
                case "C" -> vitaminC.toString();
                default -> vitaminD.toString();
            };
        }
        mvc.perform(get(PRODUCTS).param("q", marker).param("sort", sort)).andExpect(jsonPath("$.content[*].id", contains(ids)));
    }

    @Test
    void pagesThroughTheResults() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", marker).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.content[*].id", contains(vitaminD.toString())))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }
}
