package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.CatalogApi.CATEGORIES;
import static dev.careshop.bootstrap.support.CatalogApi.categoryBody;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ListOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * End-to-end tests of {@code /api/categories} against SPEC.md. The database is shared with every other test of the
 * run: each test names its categories with a unique marker and looks only at those.
 */
@DisplayName("/api/categories")
class CategoryApiTest extends HttpTest {

    private CatalogApi catalog() {
        return new CatalogApi(mvc);
    }

    @Nested
    @DisplayName("POST /api/categories")
    class Create {

        /** 201, JSON, the ETag, a Location that answers the same body: ResourceContractTest. */
        @Test
        void createsACategoryWithTrimmedFieldsAtVersion0() throws Exception {
            String marker = marker();
            String created = body(mvc.perform(postJson(CATEGORIES, new Body().str("name", "  Vitamins " + marker + " ")
                            .str("description", " Daily ").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value("Vitamins " + marker))
                    .andExpect(jsonPath("$.description").value("Daily"))
                    .andExpect(jsonPath("$.version").value(0)));

            assertThat(Instant.parse(read(created, "$.updatedAt"))).isEqualTo(Instant.parse(read(created, "$.createdAt")));
        }

        @Test
        void theDescriptionIsOptional() throws Exception {
            mvc.perform(postJson(CATEGORIES, new Body().str("name", "No description " + marker()).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.description").doesNotExist());
        }

        @Test
        void refusesANameAnotherCategoryHasIgnoringCaseWith409NamingName() throws Exception {
            String marker = marker();
            catalog().category("Allergy " + marker);

            mvc.perform(postJson(CATEGORIES, categoryBody("  ALLERGY " + marker.toUpperCase(Locale.ROOT)).json()))
                    .andExpect(conflict(CATEGORIES, "name"));
        }

        @Test
        void acceptsTheLongestNameAndDescription() throws Exception {
            String name = (marker() + "n".repeat(100)).substring(0, 100);
            mvc.perform(postJson(CATEGORIES, categoryBody(name).str("description", "d".repeat(1000)).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value(name));
        }
    }

    @Nested
    @DisplayName("PUT /api/categories/{id}")
    class Update {

        /** The version, the ETag and reading back the same: ResourceContractTest. */
        @Test
        void replacesTheDetailsWithTheNameTrimmed() throws Exception {
            String marker = marker();
            UUID id = catalog().category("Before " + marker);

            mvc.perform(putJson(CATEGORIES + "/" + id, categoryBody(" After " + marker + " ").str("description", "Now").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("After " + marker))
                    .andExpect(jsonPath("$.description").value("Now"));
        }

        @Test
        void refusesAnotherCategorysNameWith409ButAcceptsItsOwnInAnotherCase() throws Exception {
            String marker = marker();
            catalog().category("Taken " + marker);
            UUID id = catalog().category("Mine " + marker);

            mvc.perform(putJson(CATEGORIES + "/" + id, categoryBody("TAKEN " + marker).json()))
                    .andExpect(conflict(CATEGORIES + "/" + id, "name"));
            mvc.perform(putJson(CATEGORIES + "/" + id, categoryBody("MINE " + marker).json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1));
        }
    }

    @Nested
    @DisplayName("DELETE /api/categories/{id}")
    class Delete {

        @Test
        void refusesACategoryWithAnActiveProductWith409() throws Exception {
            UUID id = catalog().category();
            catalog().product("Kept " + marker(), "1.00", 1, id);

            mvc.perform(delete(CATEGORIES + "/" + id)).andExpect(problem(409, "conflict", CATEGORIES + "/" + id));
            mvc.perform(get(CATEGORIES + "/" + id)).andExpect(status().isOk());
        }

        @Test
        void refusesACategoryWhoseOnlyProductIsSoftDeletedWith409() throws Exception {
            UUID id = catalog().category();
            catalog().deleteProduct(catalog().product("Gone " + marker(), "1.00", 0, id));

            mvc.perform(delete(CATEGORIES + "/" + id)).andExpect(problem(409, "conflict", CATEGORIES + "/" + id));
        }
    }

    @Nested
    @DisplayName("GET /api/categories")
    class List_ {

        @Test
        void pagesSortedByNameByDefaultAndByCreatedAtOnRequest() throws Exception {
            String marker = marker();
            UUID b = catalog().category(marker + " B");
            UUID a = catalog().category(marker + " A");
            UUID c = catalog().category(marker + " C");
            Set<String> mine = Set.of(a.toString(), b.toString(), c.toString());

            assertThat(idsInListOrder(mine)).containsExactly(a.toString(), b.toString(), c.toString());
            assertThat(idsInListOrder(mine, "createdAt,desc")).containsExactly(c.toString(), a.toString(), b.toString());
            assertThat(idsInListOrder(mine, "name,desc")).containsExactly(c.toString(), b.toString(), a.toString());
        }

        @Test
        void aDeletedCategoryLeavesTheList() throws Exception {
            String marker = marker();
            UUID id = catalog().category("Leaving " + marker);
            mvc.perform(delete(CATEGORIES + "/" + id)).andExpect(status().isNoContent());
            mvc.perform(get(CATEGORIES).param("size", "100").param("sort", "createdAt,desc"))
                    .andExpect(jsonPath("$.content[*].id", not(hasItem(id.toString()))));
        }

        private List<String> idsInListOrder(Set<String> mine, String... sort) throws Exception {
            return ListOrder.idsInListOrder(mvc, CATEGORIES, mine, sort);
        }
    }
}
