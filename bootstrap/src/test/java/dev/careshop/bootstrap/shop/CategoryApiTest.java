package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.CatalogApi.CATEGORIES;
import static dev.careshop.bootstrap.support.CatalogApi.categoryBody;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

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

        @Test
        void createsACategoryWithTrimmedFieldsLocationEtagAndVersion0() throws Exception {
            String marker = marker();
            MvcResult created = mvc.perform(postJson(CATEGORIES, new Body().str("name", "  Vitamins " + marker + " ")
                            .str("description", " Daily ").json()))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.name").value("Vitamins " + marker))
                    .andExpect(jsonPath("$.description").value("Daily"))
                    .andExpect(jsonPath("$.version").value(0))
                    .andReturn();

            String id = text(created, "$.id");
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(CATEGORIES + "/" + id);
            assertThat(Instant.parse(text(created, "$.updatedAt"))).isEqualTo(Instant.parse(text(created, "$.createdAt")));
            mvc.perform(get(created.getResponse().getHeader(HttpHeaders.LOCATION)))
                    .andExpect(status().isOk())
                    .andExpect(content().json(created.getResponse().getContentAsString()));
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
                    .andExpect(problem(409, "conflict", CATEGORIES))
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
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
    @DisplayName("GET /api/categories/{id}")
    class Read {

        @Test
        void answersTheCategoryWithItsVersionAsEtag() throws Exception {
            String marker = marker();
            UUID id = catalog().category("Read " + marker);
            mvc.perform(get(CATEGORIES + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.name").value("Read " + marker));
        }
    }

    @Nested
    @DisplayName("PUT /api/categories/{id}")
    class Update {

        @Test
        void replacesTheDetailsAndIncrementsTheVersion() throws Exception {
            String marker = marker();
            UUID id = catalog().category("Before " + marker);

            mvc.perform(putJson(CATEGORIES + "/" + id, categoryBody(" After " + marker + " ").str("description", "Now").json()))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.name").value("After " + marker))
                    .andExpect(jsonPath("$.description").value("Now"))
                    .andExpect(jsonPath("$.version").value(1));
            mvc.perform(get(CATEGORIES + "/" + id)).andExpect(jsonPath("$.name").value("After " + marker));
        }

        @Test
        void refusesAnotherCategorysNameWith409ButAcceptsItsOwnInAnotherCase() throws Exception {
            String marker = marker();
            catalog().category("Taken " + marker);
            UUID id = catalog().category("Mine " + marker);

            mvc.perform(putJson(CATEGORIES + "/" + id, categoryBody("TAKEN " + marker).json()))
                    .andExpect(problem(409, "conflict", CATEGORIES + "/" + id))
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
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
