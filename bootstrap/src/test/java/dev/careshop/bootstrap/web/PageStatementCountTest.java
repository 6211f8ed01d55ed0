package dev.careshop.bootstrap.web;

import static dev.careshop.bootstrap.support.CatalogApi.CATEGORIES;
import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A page of any list costs the same SQL statements whether it holds a few rows or fifty (SPEC.md §2): one row per list,
 * each measuring a small and a large page of its own rows (the other lists' statement counts, where a page does more
 * than read, stay with their resource's {@code *StatementCountTest}).
 */
class PageStatementCountTest extends HttpTest {

    /** A page with few rows and a page with many of one list, each filtered to rows the row created for it. */
    record Pages(MockHttpServletRequestBuilder few, int fewSize, MockHttpServletRequestBuilder many, int manySize) {
    }

    @FunctionalInterface
    interface Arrange {
        Pages arrange(PageStatementCountTest test) throws Exception;
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("patients", (Arrange) PageStatementCountTest::patients, CONFIRMING_THE_USER + 3,
                        "the token's user, page query and count query, +1 the access-log insert for the whole page"),
                Arguments.of("doctors", (Arrange) PageStatementCountTest::doctors, CONFIRMING_THE_USER + 2,
                        "the token's user, page and count; doctors are not patient data, so no access-log insert"),
                Arguments.of("users", (Arrange) PageStatementCountTest::users, CONFIRMING_THE_USER + 2,
                        "the token's user, page query and count query"),
                Arguments.of("a user's posts", (Arrange) PageStatementCountTest::posts, CONFIRMING_THE_USER + 3,
                        "the token's user, user exists, page query, count query"),
                Arguments.of("products searched", (Arrange) PageStatementCountTest::products, CONFIRMING_THE_USER + 2,
                        "the token's user, page query and count query"),
                Arguments.of("categories", (Arrange) PageStatementCountTest::categories, CONFIRMING_THE_USER + 2,
                        "the token's user, page query and count query"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aPageCostsTheSameForFewAndManyRows(String list, Arrange arrange, int statements, String which) throws Exception {
        Pages pages = arrange.arrange(this);

        long few = statementsForAPage(pages.few(), pages.fewSize());
        long many = statementsForAPage(pages.many(), pages.manySize());

        assertThat(many).as(which).isEqualTo(few).isEqualTo(statements);
    }

    private Pages patients() throws Exception {
        String few = "Count-" + marker();
        String many = "Count-" + marker();
        times(6, i -> clinic().patient(few + " " + i));
        times(60, i -> clinic().patient(many + " " + i));
        return new Pages(get("/api/patients").param("name", few), 5, get("/api/patients").param("name", many), 50);
    }

    private Pages doctors() throws Exception {
        String rare = "Rare-" + marker();
        String common = "Common-" + marker();
        times(3, i -> clinic().doctor("Doctor " + i, rare));
        times(30, i -> clinic().doctor("Doctor " + i, common));
        return new Pages(get("/api/doctors").param("specialization", rare), 2, get("/api/doctors").param("specialization", common), 25);
    }

    private Pages users() throws Exception {
        UserApi users = new UserApi(mvc);
        String few = "few" + marker();
        String many = "many" + marker();
        times(6, i -> users.user(few + "." + i));
        times(55, i -> users.user(many + "." + i));
        return new Pages(get("/api/users").param("q", few), 5, get("/api/users").param("q", many), 50);
    }

    private Pages posts() throws Exception {
        UserApi users = new UserApi(mvc);
        UUID quiet = users.user();
        UUID chatty = users.user();
        times(6, i -> users.post(quiet, "Quiet " + i));
        times(55, i -> users.post(chatty, "Chatty " + i));
        return new Pages(get("/api/users/" + quiet + "/posts"), 5, get("/api/users/" + chatty + "/posts"), 50);
    }

    /** A search with every filter and a sort, so none of them adds a statement. */
    private Pages products() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        UUID category = catalog.category();
        String few = "Few-" + marker();
        String many = "Many-" + marker();
        times(6, i -> catalog.product(few + " " + i, "1.00", 1, category));
        times(60, i -> catalog.product(many + " " + i, "1.00", i, category));
        return new Pages(search(few, category), 5, search(many, category), 50);
    }

    private static MockHttpServletRequestBuilder search(String text, UUID category) {
        return get(PRODUCTS).param("q", text).param("categoryId", category.toString()).param("minPrice", "0").param("sort", "price,desc");
    }

    /** Categories are not filtered: the whole list, at least 30 rows long. */
    private Pages categories() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        times(30, i -> catalog.category());
        return new Pages(get(CATEGORIES), 2, get(CATEGORIES), 25);
    }
}
