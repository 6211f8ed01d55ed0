package dev.careshop.bootstrap.web;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.support.CatalogApi.CATEGORIES;
import static dev.careshop.bootstrap.support.CatalogApi.PRODUCTS;
import static dev.careshop.bootstrap.support.CatalogApi.categoryBody;
import static dev.careshop.bootstrap.support.CatalogApi.productBody;
import static dev.careshop.bootstrap.support.CatalogApi.productUpdateBody;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.Json.version;
import static dev.careshop.bootstrap.support.ProblemExpectations.createdOrInvalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.emptyPageOrInvalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalidWithErrors;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static dev.careshop.bootstrap.support.UserApi.newUser;
import static dev.careshop.bootstrap.support.UserApi.profile;
import static dev.careshop.bootstrap.support.UserApi.username;
import static dev.careshop.bootstrap.web.ResourceRow.World.existing;
import static dev.careshop.bootstrap.web.ResourceRow.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.ClinicApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import dev.careshop.bootstrap.web.ResourceRow.Instance;
import dev.careshop.bootstrap.web.ResourceRow.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The generic HTTP contract of SPEC.md section 2, checked for every resource in one table ({@link #rows()}): ETags and
 * conditional requests, 404 and 400 for item ids, strict JSON bodies, and paged, sorted lists. Each row says what its
 * resource offers ({@link ResourceRow}); each check runs for every row that offers it, through real HTTP against the
 * run's PostgreSQL. A new resource gets the whole contract by adding its row; its own *ApiTest keeps only what is its
 * own (domain rules, filters, transitions, ownership).
 */
@DisplayName("The HTTP contract every resource keeps")
class ResourceContractTest extends HttpTest {

    private static final String PATIENTS = "/api/patients";
    private static final String DOCTORS = "/api/doctors";
    private static final String APPOINTMENTS = "/api/appointments";
    private static final String USERS = "/api/users";
    private static final String ORDERS = "/api/orders";
    private static final String[] ORDER_SORTS = {"createdAt", "updatedAt", "totalAmount", "status"};

    /** Ids that are not UUIDs, each a 400 naming the path variable. */
    private static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g");

    /** If-Match values that are not a strong ETag this service sent, each a 400. */
    private static final List<String> MALFORMED_IF_MATCH = List.of("abc", "1", "\"\"", "\"one\"", "W/\"0\"", "\"0", "zero");

    /**
     * Bodies that are no JSON object at all, or break off before any value, made from a valid one ({@code json}):
     * each a 400 naming the {@code body}.
     */
    private static List<String> notAnObject(String json) {
        String object = json.strip();
        return List.of(
                object.substring(0, object.indexOf(':') + 1) + " ",
                object.replace('"', '\''),
                object + " {}",
                "[" + object + "]",
                "\"" + object.replace("\"", "") + "\"",
                "42",
                "name=Ada",
                "");
    }

    /** Objects that break off inside a value or end with a comma: each a 400 naming where it broke. */
    private static List<String> brokenObject(String json) {
        String object = json.strip();
        return List.of(object.substring(0, object.length() / 2), object.substring(0, object.length() - 1) + ",}");
    }

    /** Properties no request body has: unknown ones and the read-only ones every resource answers with. */
    private static final Map<String, String> FOREIGN_PROPERTIES = Map.of(
            "nickname", "\"Ada\"",
            "id", "\"" + UUID.randomUUID() + "\"",
            "version", "3",
            "createdAt", "\"2026-01-01T00:00:00Z\"");

    /** Paging parameters out of bounds or of the wrong type, each a 400 naming the parameter. */
    private static final List<String[]> INVALID_PAGING = List.of(
            new String[] {"size", "101"},
            new String[] {"size", "0"},
            new String[] {"size", "-1"},
            new String[] {"size", "abc"},
            new String[] {"size", "1.5"},
            new String[] {"page", "-1"},
            new String[] {"page", "abc"},
            new String[] {"page", "99999999999999"},
            new String[] {"page", "1e3"});

    private static final Map<String, Instance> SHARED = new ConcurrentHashMap<>();

    /** The table: one row per resource. */
    static Stream<ResourceRow> rows() {
        return Stream.of(
                resource("patients", world -> world.create(PATIENTS, PATIENTS + "/{id}", () -> Body.patient("Contract " + marker()).json()))
                        .readById("id").etag().creates()
                        .updates(() -> Body.patient("Contract " + marker()).json())
                        .deletes()
                        .lists("name", "birthDate", "createdAt", "updatedAt").refusesSortBy("age", "email", "birth_date"),
                resource("patient history", world -> existing(PATIENTS, PATIENTS + "/{id}/history", world.clinic().patient()))
                        .readById("id"),
                resource("patient access trail", world -> patientsChild(world.clinic(), "access-log"))
                        .lists(),
                resource("doctors", world -> world.create(DOCTORS, DOCTORS + "/{id}", ResourceContractTest::doctor))
                        .readById("id").etag().creates()
                        .updates(ResourceContractTest::doctor)
                        .deletes()
                        .lists("name", "specialization", "createdAt", "updatedAt").refusesSortBy("email", "birthDate"),
                resource("appointments", world -> world.create(APPOINTMENTS, APPOINTMENTS + "/{id}", () -> booking(world.clinic())))
                        .readById("id").etag().creates()
                        .deletes()
                        .lists("startsAt", "status", "createdAt", "updatedAt")
                        .refusesSortBy("reason", "patientId", "doctorId", "durationMinutes", "endsAt", "starts_at"),
                resource("prescriptions", ResourceContractTest::prescription)
                        .readById("prescriptionId").creates()
                        .deletes(),
                resource("users", world -> world.create(USERS, USERS + "/{id}", () -> newUser(username("contract")).json()))
                        .readById("id").etag().creates()
                        .updates(() -> profile(username("contract")).json())
                        .deletes()
                        .lists("username", "email", "fullName", "createdAt", "updatedAt")
                        .refusesSortBy("password", "passwordHash", "role", "active", "name"),
                resource("posts", ResourceContractTest::userPost)
                        .readById("postId").creates()
                        .lists("createdAt", "title").refusesSortBy("body", "userId"),
                resource("a user's orders", ResourceContractTest::ordersOfAUser)
                        .lists(ORDER_SORTS).refusesSortBy("userId", "items"),
                resource("categories", world -> world.create(CATEGORIES, CATEGORIES + "/{id}", () -> categoryBody("Contract " + marker()).json()))
                        .readById("id").etag().creates()
                        .updates(() -> categoryBody("Contract " + marker()).json())
                        .deletes()
                        .lists("name", "createdAt").refusesSortBy("description"),
                resource("products", world -> world.create(PRODUCTS, PRODUCTS + "/{id}", () -> productBody("Contract " + marker(), "1.00", 5).json()))
                        .readById("id").etag().creates()
                        .updates(() -> productUpdateBody("Contract " + marker(), "2.00").json())
                        .deletesSoftly()
                        .lists("name", "price", "createdAt", "stockQuantity").refusesSortBy("description", "active", "categoryId"),
                resource("orders", ResourceContractTest::placedOrder)
                        .readById("id").etag().creates()
                        .lists(ORDER_SORTS).refusesSortBy("userId", "items"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rows' instances

    private static String doctor() {
        return Body.doctor("Contract " + marker(), "General practice").json();
    }

    /** A booking with a doctor of its own, so no two bookings ever compete for a slot. */
    private static String booking(ClinicApi clinic) throws Exception {
        return """
                {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": 30, "reason": "Check-up"}
                """.formatted(clinic.patient(), clinic.doctor(), Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }

    private static Instance patientsChild(ClinicApi clinic, String child) throws Exception {
        UUID patient = clinic.patient();
        return existing(PATIENTS + "/" + patient + "/" + child, null, patient);
    }

    private static Instance prescription(World world) throws Exception {
        String prescriptions = APPOINTMENTS + "/" + id(bookedAppointment(world)) + "/prescriptions";
        return world.create(prescriptions, prescriptions + "/{id}", () -> """
                {"medicineName": "Ibuprofen", "dosage": "1 tablet daily", "instructions": "With water"}""");
    }

    private static String bookedAppointment(World world) throws Exception {
        return body(world.mvc().perform(postJson(APPOINTMENTS, booking(world.clinic()))).andExpect(status().isCreated()));
    }

    private static Instance userPost(World world) throws Exception {
        String posts = USERS + "/" + world.shop().user() + "/posts";
        return world.create(posts, posts + "/{id}", () -> new Body().str("title", "Contract " + marker()).str("body", "About it").json());
    }

    private static Instance placedOrder(World world) throws Exception {
        UUID user = world.shop().user();
        UUID product = world.shop().product("9.90", 1000);
        return world.create(ORDERS, ORDERS + "/{id}", () -> order(user, line(product, 1)));
    }

    private static Instance ordersOfAUser(World world) throws Exception {
        Instance order = placedOrder(world);
        String user = read(body(world.mvc().perform(get(order.itemPath())).andExpect(status().isOk())), "$.userId");
        return existing(USERS + "/" + user + "/orders", null, user);
    }

    /** A fresh instance of the row's resource, for a check that changes or deletes it. */
    private Instance arrange(ResourceRow row) throws Exception {
        return row.arrange.in(new World(mvc, clinic(), new CatalogApi(mvc), new UserApi(mvc), shop()));
    }

    /** The row's instance that the checks which change nothing share: each row is arranged once for all of them. */
    private Instance shared(ResourceRow row) throws Exception {
        Instance instance = SHARED.get(row.name);
        if (instance == null) {
            instance = arrange(row);
            SHARED.put(row.name, instance);
        }
        return instance;
    }

    private static Stream<ResourceRow> rowsThat(Predicate<ResourceRow> offers) {
        return rows().filter(offers);
    }

    static Stream<ResourceRow> readable() {
        return rowsThat(row -> row.item);
    }

    static Stream<ResourceRow> withEtag() {
        return rowsThat(row -> row.etag);
    }

    static Stream<ResourceRow> creating() {
        return rowsThat(row -> row.creates);
    }

    static Stream<ResourceRow> withBody() {
        return rowsThat(row -> row.creates || row.updateBody != null);
    }

    static Stream<ResourceRow> updatable() {
        return rowsThat(row -> row.updateBody != null);
    }

    static Stream<ResourceRow> hardDeleting() {
        return rowsThat(row -> row.hardDelete);
    }

    static Stream<ResourceRow> listed() {
        return rowsThat(row -> row.lists);
    }

    static Stream<ResourceRow> sortable() {
        return rowsThat(row -> !row.sortable.isEmpty());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ETags and conditional requests

    @ParameterizedTest(name = "{0}")
    @MethodSource("withEtag")
    void aReadSendsTheVersionAsAStrongEtagAndIfNoneMatchWithItAnswers304(ResourceRow row) throws Exception {
        String path = shared(row).itemPath();
        MvcResult read = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        long version = version(body(read));
        String etag = "\"" + version + "\"";
        assertThat(read.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().string(""));
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"" + (version + 1) + "\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(jsonPath("$.version").value(version));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updatable")
    void everyUpdateKeepsIdAndCreatedAtMovesUpdatedAtAndTheEtagAndAStaleIfMatchIs412AndChangesNothing(ResourceRow row)
            throws Exception {
        String path = arrange(row).itemPath();
        String created = body(mvc.perform(get(path)).andExpect(status().isOk()));
        String replaced = body(mvc.perform(putJson(path, row.updateBody.get()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.id").value((String) read(created, "$.id")))
                .andExpect(jsonPath("$.createdAt").value((String) read(created, "$.createdAt"))));
        assertThat(Instant.parse(read(replaced, "$.updatedAt"))).isAfter(Instant.parse(read(created, "$.updatedAt")));
        String updated = body(mvc.perform(putJson(path, row.updateBody.get()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.version").value(2)));

        mvc.perform(putJson(path, row.updateBody.get()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(problem(412, "precondition-failed", path));

        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(content().json(updated, JsonCompareMode.STRICT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updatable")
    void aMalformedIfMatchIs400NamingItAndChangesNothing(ResourceRow row) throws Exception {
        String path = shared(row).itemPath();
        for (String ifMatch : MALFORMED_IF_MATCH) {
            mvc.perform(putJson(path, row.updateBody.get()).header(HttpHeaders.IF_MATCH, ifMatch))
                    .andExpect(invalid(path, "If-Match"));
        }
        mvc.perform(get(path)).andExpect(jsonPath("$.version").value(0));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Item ids

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void anUnknownIdIs404ForEveryMethodOfTheItem(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        String path = instance.itemPath(UNKNOWN_ID);
        for (MockHttpServletRequestBuilder request : itemRequests(row, path)) {
            mvc.perform(request).andExpect(problem(404, "not-found", path));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void anIdThatIsNotAUuidIs400NamingThePathVariable(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        for (String malformed : MALFORMED_IDS) {
            String path = instance.itemPath(malformed);
            for (MockHttpServletRequestBuilder request : itemRequests(row, path)) {
                mvc.perform(request).andExpect(invalid(path, row.idField));
            }
        }
    }

    /** Every request the item answers: GET, and PUT and DELETE where the row offers them. */
    private static List<MockHttpServletRequestBuilder> itemRequests(ResourceRow row, String path) {
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        requests.add(get(path));
        if (row.updateBody != null) {
            requests.add(putJson(path, row.updateBody.get()));
        }
        if (row.deletes) {
            requests.add(delete(path));
        }
        return requests;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardDeleting")
    void aDeletedItemIsGoneAndASecondDeleteIs404(ResourceRow row) throws Exception {
        String path = arrange(row).itemPath();
        mvc.perform(delete(path)).andExpect(status().isNoContent()).andExpect(content().string(""));

        mvc.perform(get(path)).andExpect(problem(404, "not-found", path));
        mvc.perform(delete(path)).andExpect(problem(404, "not-found", path));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bodies

    @ParameterizedTest(name = "{0}")
    @MethodSource("creating")
    void creatingAnswers201WithAFollowableLocation(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        MvcResult created = mvc.perform(postJson(instance.collection(), instance.validBody().next()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        String id = read(body(created), "$.id");
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).endsWith(instance.itemPath(id));
        if (row.etag) {
            assertThat(created.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        }

        MvcResult followed = mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().json(body(created), JsonCompareMode.STRICT))
                .andReturn();
        if (row.etag) {
            assertThat(followed.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creating")
    void aBodyThatIsNotJsonIs415(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        mvc.perform(post(instance.collection()).contentType(MediaType.TEXT_PLAIN).content(instance.validBody().next()))
                .andExpect(problem(415, "unsupported-media-type", instance.collection()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void malformedJsonIs400AndChangesNothing(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        if (row.creates) {
            expectMalformed(instance.validBody().next(), instance.collection(), json -> postJson(instance.collection(), json));
        }
        if (row.updateBody != null) {
            expectMalformed(row.updateBody.get(), instance.itemPath(), json -> putJson(instance.itemPath(), json));
            mvc.perform(get(instance.itemPath())).andExpect(jsonPath("$.version").value(0));
        }
    }

    private void expectMalformed(String valid, String path, Function<String, MockHttpServletRequestBuilder> send) throws Exception {
        for (String json : notAnObject(valid)) {
            mvc.perform(send.apply(json)).andExpect(invalid(path, "body"));
        }
        for (String json : brokenObject(valid)) {
            mvc.perform(send.apply(json)).andExpect(invalidWithErrors(path));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void anUnknownOrReadOnlyPropertyIs400NamingItAndChangesNothing(ResourceRow row) throws Exception {
        Instance instance = shared(row);
        for (Map.Entry<String, String> property : FOREIGN_PROPERTIES.entrySet()) {
            if (row.creates) {
                mvc.perform(postJson(instance.collection(), with(instance.validBody().next(), property)))
                        .andExpect(invalid(instance.collection(), property.getKey()));
            }
            if (row.updateBody != null) {
                mvc.perform(putJson(instance.itemPath(), with(row.updateBody.get(), property)))
                        .andExpect(invalid(instance.itemPath(), property.getKey()));
            }
        }
        if (row.updateBody != null) {
            mvc.perform(get(instance.itemPath())).andExpect(jsonPath("$.version").value(0));
        }
    }

    /** {@code json}, an object, with {@code property} added at its end. */
    private static String with(String json, Map.Entry<String, String> property) {
        String object = json.strip();
        return object.substring(0, object.length() - 1) + ", \"" + property.getKey() + "\": " + property.getValue() + "}";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lists

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void aListIsAPageOfContentAndPageMetadataAndNothingElse(ResourceRow row) throws Exception {
        String list = shared(row).collection();
        String one = body(mvc.perform(get(list).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.page.size").value(1))
                .andExpect(jsonPath("$.page.number").value(0)));
        Map<String, Object> answer = read(one, "$");
        Map<String, Object> page = read(one, "$.page");
        assertThat(answer.keySet()).containsExactlyInAnyOrder("content", "page");
        assertThat(page.keySet()).containsExactlyInAnyOrder("size", "number", "totalElements", "totalPages");
        long total = ((Number) read(one, "$.page.totalElements")).longValue();
        assertThat(total).isPositive();
        assertThat(((Number) read(one, "$.page.totalPages")).longValue()).isEqualTo(total);

        String defaults = body(mvc.perform(get(list))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.number").value(0)));
        List<Object> content = read(defaults, "$.content");
        assertThat(content.size()).isEqualTo((int) Math.min(total, 20));
        assertThat(((Number) read(defaults, "$.page.totalPages")).longValue()).isEqualTo((total + 19) / 20);

        mvc.perform(get(list).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.size").value(100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void aPageBeyondTheLastIsEmptyAndAnUnaddressableOneIsNoError(ResourceRow row) throws Exception {
        String list = shared(row).collection();
        long total = ((Number) read(body(mvc.perform(get(list).param("size", "1"))), "$.page.totalElements")).longValue();
        mvc.perform(get(list).param("page", "100000").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", empty()))
                .andExpect(jsonPath("$.page.size").value(100))
                .andExpect(jsonPath("$.page.number").value(100000))
                .andExpect(jsonPath("$.page.totalElements").value(total))
                .andExpect(jsonPath("$.page.totalPages").value((total + 99) / 100));
        mvc.perform(get(list).param("page", "2147483647").param("size", "100"))
                .andExpect(emptyPageOrInvalid(list, "page"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void pagingOutOfBoundsOrOfTheWrongTypeIs400NamingTheParameter(ResourceRow row) throws Exception {
        String list = shared(row).collection();
        for (String[] paging : INVALID_PAGING) {
            mvc.perform(get(list).param(paging[0], paging[1])).andExpect(invalid(list, paging[0]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortable")
    void sortsByEveryWhitelistedFieldBothWays(ResourceRow row) throws Exception {
        String list = shared(row).collection();
        String first = row.sortable.get(0);
        List<String> sorts = new ArrayList<>(List.of(first, first + ",DESC"));
        row.sortable.forEach(field -> sorts.addAll(List.of(field + ",asc", field + ",desc")));
        for (String sort : sorts) {
            String page = body(mvc.perform(get(list).param("sort", sort).param("size", "10")).andExpect(status().isOk()));
            assertInOrder(page, sort.split(",")[0], !sort.toLowerCase(Locale.ROOT).endsWith("desc"));
        }
        List<String> together = new ArrayList<>();
        row.sortable.forEach(field -> together.add(field + ",desc"));
        mvc.perform(get(list).param("sort", together.toArray(String[]::new))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void anUnknownSortFieldIs400NamingIt(ResourceRow row) throws Exception {
        String list = shared(row).collection();
        String known = row.sortable.isEmpty() ? "nosuchfield" : row.sortable.get(0);
        List<String> refused = new ArrayList<>(List.of("version", "id", "nosuchfield", known + ",sideways",
                known + ";drop table users", known + ",asc,version", "NAME"));
        refused.addAll(row.refusedSorts);
        for (String sort : refused) {
            String named = refusedToken(row, sort);
            mvc.perform(get(list).param("sort", sort))
                    .andExpect(invalid(list, "sort"))
                    .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("'" + named + "'"))));
        }
    }

    /** The first token of {@code sort} that is neither a whitelisted field nor a direction: the one the answer names. */
    private static String refusedToken(ResourceRow row, String sort) {
        for (String token : sort.split(",")) {
            String field = token.strip();
            if (!row.sortable.contains(field) && !field.equalsIgnoreCase("asc") && !field.equalsIgnoreCase("desc")) {
                return field;
            }
        }
        throw new IllegalArgumentException(sort + " names no refused field");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Odd but possible client input is never a 500

    /** A resource's text field and the filter of the same name, each with a NUL character in a value. */
    static Stream<Arguments> nulInText() {
        return Stream.of(
                Arguments.of("patients: name", PATIENTS, Body.patient("x").raw("name", "\"Ada\\u0000 Lovelace\""), "name", "Ada\u0000"),
                Arguments.of("doctors: specialization", DOCTORS, Body.doctor("x", "y").raw("specialization", "\"Cardio\\u0000logy\""),
                        "specialization", "Cardio\u0000logy"));
    }

    /** PostgreSQL's text holds no NUL: the body is created or a 400 naming the field (never a 409), the filter an empty page or a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nulInText")
    void aNulCharacterInATextFieldOrFilterIsAcceptedOrInvalidNeverAConflictOrA500(String name, String collection, Body body,
                                                                                   String field, String filter) throws Exception {
        mvc.perform(postJson(collection, body.json())).andExpect(createdOrInvalid(collection, field));
        mvc.perform(get(collection).param(field, filter)).andExpect(emptyPageOrInvalid(collection, field));
    }

    /**
     * The page's values of {@code field} are in order, where the values have one (numbers, instants, dates); text is
     * left alone, since its order is the database's collation.
     */
    private static void assertInOrder(String page, String field, boolean ascending) {
        List<Object> values = read(page, "$.content[*]." + field);
        Comparable<Object> previous = null;
        for (Object value : values) {
            Comparable<Object> current = comparable(value);
            if (current == null) {
                return;
            }
            if (previous != null) {
                int order = previous.compareTo(current);
                assertThat(ascending ? order <= 0 : order >= 0)
                        .as("%s sorted %s: %s", field, ascending ? "ascending" : "descending", values).isTrue();
            }
            previous = current;
        }
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        if (value instanceof Number number) {
            return (Comparable<Object>) (Comparable<?>) new BigDecimal(number.toString());
        }
        if (value instanceof String text) {
            try {
                return (Comparable<Object>) (Comparable<?>) Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return (Comparable<Object>) (Comparable<?>) LocalDate.parse(text);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return null;
    }
}
