package dev.careshop.bootstrap.security;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.UserApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, for every endpoint the application maps: each is called as anonymous, customer A (who owns
 * every user record, post and order addressed), customer B (another customer), staff and an administrator, and each
 * answer's status is checked against the table in {@link #matrix()}; every refusal must be a problem, a 401 with its
 * {@code WWW-Authenticate} challenge. The endpoints come from Spring MVC's own handler mapping, so a new endpoint
 * without a line in the table fails {@link #everyMappedEndpointHasExactlyOneLine()}, and so does a line for an
 * endpoint that is not mapped. Calls that change or delete something get fresh resources each ({@link MatrixFixtures}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends HttpTest {

    /** Handlers of these packages are ours; the error controller and springdoc's are checked separately. */
    private static final String OUR_HANDLERS = "dev.careshop.";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    private final Map<Caller, RequestPostProcessor> credentials = new EnumMap<>(Caller.class);
    private Identity owner;
    private MatrixFixtures fx;

    private enum Caller {
        ANONYMOUS("anonymous"), CUSTOMER_A("customer A"), CUSTOMER_B("customer B"), STAFF("staff"), ADMIN("admin");

        private final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    @BeforeAll
    void signIn() throws Exception {
        owner = identities().customer("owner");
        credentials.put(Caller.ANONYMOUS, Auth.anonymous());
        credentials.put(Caller.CUSTOMER_A, Auth.as(owner.token()));
        credentials.put(Caller.CUSTOMER_B, Auth.as(identities().customer("other").token()));
        credentials.put(Caller.STAFF, Auth.as(identities().staff("staff").token()));
        credentials.put(Caller.ADMIN, Auth.as(identities().admin("admin").token()));
        fx = new MatrixFixtures(mvc, clinic(), shop(), owner.id());
    }

    /**
     * The table: one line per endpoint, with the status each caller gets (anonymous, customer A, customer B, staff,
     * admin) and the request that addresses it. Path ids are A's resources (or fresh clinic and catalog records);
     * account administration (delete, role, active, bulk status) addresses a bystander, so A stays a customer.
     */
    private List<Row> matrix() {
        UUID a = owner.id();
        return List.of(
                //  endpoint                                                     anon   A    B  staff admin  request
                row(POST, "/api/auth/token",                                    200, 200, 200, 200, 200, who -> body(
                        new Body().str("username", owner.username()).str("password", UserApi.PASSWORD))),

                row(POST, "/api/users",                                         201, 201, 201, 201, 201, who -> body(
                        UserApi.newUser(UserApi.username("signup")))),
                row(GET, "/api/users",                                          401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/users/me",                                       401, 200, 200, 200, 200, who -> at()),
                row(GET, "/api/users/{id}",                                     401, 200, 404, 200, 200, who -> at(a)),
                row(PUT, "/api/users/{id}",                                     401, 200, 404, 403, 200, who -> at(a).with(
                        UserApi.profile(owner.username()))),
                row(PUT, "/api/users/{id}/password",                            401, 204, 404, 403, 204, who -> at(a).with(
                        passwordChange(who))),
                row(GET, "/api/users/{id}/posts",                               401, 200, 404, 200, 200, who -> at(a)),
                row(POST, "/api/users/{id}/posts",                              401, 201, 404, 403, 201, who -> at(a).with(
                        new Body().str("title", "Hello").str("body", "From the matrix"))),
                row(GET, "/api/users/{id}/posts/{postId}",                      401, 200, 404, 200, 200, who -> at(a, fx.postOfOwner())),
                row(GET, "/api/users/{id}/orders",                              401, 200, 404, 200, 200, who -> at(a)),
                row(PUT, "/api/users/{id}/role",                                401, 403, 403, 403, 204, who -> at(fx.bystander()).with(
                        new Body().str("role", "STAFF"))),
                row(PUT, "/api/users/{id}/active",                              401, 403, 403, 403, 204, who -> at(fx.bystander()).with(
                        new Body().raw("active", "false"))),
                row(POST, "/api/users/status",                                  401, 403, 403, 403, 200, who -> body(
                        new Body().raw("ids", "[\"" + fx.bystander() + "\"]").raw("active", "false"))),
                row(DELETE, "/api/users/{id}",                                  401, 403, 403, 403, 204, who -> at(fx.bystander())),
                row(DELETE, "/api/users",                                       401, 403, 403, 403, 200, who -> at().query("active", "false")),

                row(POST, "/api/patients",                                      401, 403, 403, 201, 201, who -> body(Body.patient("New Patient"))),
                row(GET, "/api/patients",                                       401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/patients/{id}",                                  401, 403, 403, 200, 200, who -> at(fx.patient())),
                row(PUT, "/api/patients/{id}",                                  401, 403, 403, 200, 200, who -> at(fx.patient()).with(
                        Body.patient("Renamed Patient"))),
                row(DELETE, "/api/patients/{id}",                               401, 403, 403, 204, 204, who -> at(fx.patient())),
                row(GET, "/api/patients/{id}/history",                          401, 403, 403, 200, 200, who -> at(fx.patient())),
                row(GET, "/api/patients/{id}/access-log",                       401, 403, 403, 403, 200, who -> at(fx.patient())),
                row(POST, "/api/doctors",                                       401, 403, 403, 201, 201, who -> body(
                        Body.doctor("New Doctor", "Cardiology"))),
                row(GET, "/api/doctors",                                        401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/doctors/{id}",                                   401, 403, 403, 200, 200, who -> at(fx.doctor())),
                row(PUT, "/api/doctors/{id}",                                   401, 403, 403, 200, 200, who -> at(fx.doctor()).with(
                        Body.doctor("Renamed Doctor", "Cardiology"))),
                row(DELETE, "/api/doctors/{id}",                                401, 403, 403, 204, 204, who -> at(fx.doctor())),
                row(POST, "/api/appointments",                                  401, 403, 403, 201, 201, who -> body(new Body()
                        .str("patientId", fx.patient().toString()).str("doctorId", fx.doctor().toString())
                        .str("startsAt", "2030-01-07T09:00:00Z").raw("durationMinutes", "30"))),
                row(GET, "/api/appointments",                                   401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/appointments/{id}",                              401, 403, 403, 200, 200, who -> at(fx.appointment())),
                row(DELETE, "/api/appointments/{id}",                           401, 403, 403, 204, 204, who -> at(fx.appointment())),
                row(POST, "/api/appointments/{id}/status",                      401, 403, 403, 200, 200, who -> at(fx.appointment()).with(
                        new Body().str("status", "ARRIVED"))),
                row(POST, "/api/appointments/{appointmentId}/prescriptions",    401, 403, 403, 201, 201, who -> at(fx.appointment()).with(
                        new Body().str("medicineName", "Ibuprofen").str("dosage", "400 mg").str("instructions", "With food"))),
                row(GET, "/api/appointments/{appointmentId}/prescriptions/{prescriptionId}",
                                                                                 401, 403, 403, 200, 200, who -> prescription()),
                row(DELETE, "/api/appointments/{appointmentId}/prescriptions/{prescriptionId}",
                                                                                 401, 403, 403, 204, 204, who -> prescription()),

                row(GET, "/api/categories",                                     200, 200, 200, 200, 200, who -> at()),
                row(GET, "/api/categories/{id}",                                200, 200, 200, 200, 200, who -> at(fx.category())),
                row(POST, "/api/categories",                                    401, 403, 403, 201, 201, who -> body(
                        CatalogApi.categoryBody("Category " + UUID.randomUUID()))),
                row(PUT, "/api/categories/{id}",                                401, 403, 403, 200, 200, who -> at(fx.category()).with(
                        CatalogApi.categoryBody("Category " + UUID.randomUUID()))),
                row(DELETE, "/api/categories/{id}",                             401, 403, 403, 204, 204, who -> at(fx.category())),
                row(GET, "/api/products",                                       200, 200, 200, 200, 200, who -> at()),
                row(GET, "/api/products/{id}",                                  200, 200, 200, 200, 200, who -> at(fx.product())),
                row(POST, "/api/products",                                      401, 403, 403, 201, 201, who -> body(
                        CatalogApi.productBody("New Product", "4.20", 10))),
                row(PUT, "/api/products/{id}",                                  401, 403, 403, 200, 200, who -> at(fx.product()).with(
                        CatalogApi.productUpdateBody("Renamed Product", "4.30"))),
                row(DELETE, "/api/products/{id}",                               401, 403, 403, 204, 204, who -> at(fx.product())),
                row(POST, "/api/products/{id}/stock",                           401, 403, 403, 200, 200, who -> at(fx.product()).with(
                        new Body().raw("delta", "1"))),

                row(POST, "/api/orders",                                        401, 201, 403, 403, 201, who -> json(
                        order(a, line(fx.product(), 1)))),
                row(GET, "/api/orders",                                         401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/orders/{id}",                                    401, 200, 404, 200, 200, who -> at(fx.orderOfOwner())),
                row(POST, "/api/orders/{id}/payment",                           401, 201, 404, 403, 201, who -> at(fx.orderOfOwner()).json(
                        payment("CARD", "tok_visa"))),
                row(GET, "/api/orders/{id}/payment",                            401, 200, 404, 200, 200, who -> at(fx.paidOrderOfOwner())),
                row(POST, "/api/orders/{id}/ship",                              401, 403, 403, 200, 200, who -> at(fx.paidOrderOfOwner())),
                row(POST, "/api/orders/{id}/deliver",                           401, 403, 403, 200, 200, who -> at(fx.shippedOrderOfOwner())),
                row(POST, "/api/orders/{id}/cancel",                            401, 200, 404, 200, 200, who -> at(fx.orderOfOwner())),

                row(GET, "/api/reports/users",                                  401, 403, 403, 200, 200, who -> at()),
                row(GET, "/api/reports/products/{id}/sales",                    401, 403, 403, 200, 200, who -> at(fx.product())),
                row(GET, "/api/reports/categories",                             401, 403, 403, 200, 200, who -> at()));
    }

    /** Changing one's own password needs the current one; an administrator setting someone's password does not. */
    private Body passwordChange(Caller who) {
        Body body = new Body().str("password", UserApi.PASSWORD);
        return who == Caller.CUSTOMER_A ? body.str("currentPassword", UserApi.PASSWORD) : body;
    }

    private Target prescription() throws Exception {
        UUID appointmentId = fx.appointment();
        return at(appointmentId, fx.prescription(appointmentId));
    }

    @Test
    void everyMappedEndpointHasExactlyOneLine() {
        Set<String> mapped = mappedEndpoints();
        List<String> lines = matrix().stream().map(Row::endpoint).toList();
        Set<String> described = new TreeSet<>(lines);

        assertThat(lines).as("endpoints with more than one line").doesNotHaveDuplicates();
        assertThat(difference(mapped, described)).as("mapped endpoints without a line in the matrix").isEmpty();
        assertThat(difference(described, mapped)).as("lines in the matrix for endpoints nobody maps").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheExpectedStatus() {
        return matrix().stream().map(line -> DynamicTest.dynamicTest(line.endpoint(), () -> check(line)));
    }

    /** Not Spring MVC endpoints of ours, but open to everyone all the same (the Swagger UI path redirects). */
    @Test
    void documentationAndHealthAreOpenToEveryone() throws Exception {
        for (Caller caller : Caller.values()) {
            for (String path : List.of("/docs", "/v3/api-docs", "/actuator/health")) {
                int status = mvc.perform(MockMvcRequestBuilders.get(path).with(credentials.get(caller)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as("GET %s as %s", path, caller.label).isIn(200, 302);
            }
        }
    }

    private void check(Row line) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            MvcResult result = mvc.perform(line.request(caller).with(credentials.get(caller))).andReturn();
            int status = result.getResponse().getStatus();
            int expected = line.statuses().get(caller);
            if (status != expected) {
                failures.add("%s: expected %d, got %d %s".formatted(caller.label, expected, status,
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
            } else if (status >= 400) {
                refusalIsAProblem(result, caller, failures);
            }
        }
        assertThat(failures).as("%s", line.endpoint()).isEmpty();
    }

    private static void refusalIsAProblem(MvcResult result, Caller caller, List<String> failures) {
        try {
            problem(result.getResponse().getStatus()).match(result);
            if (result.getResponse().getStatus() == 401) {
                assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).as("WWW-Authenticate").startsWith("Bearer");
            }
        } catch (Exception | AssertionError e) {
            failures.add(caller.label + ": the refusal is not a proper problem: " + e.getMessage());
        }
    }

    /** Each method and path pattern our controllers map, as {@code "GET /api/patients/{id}"}. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith(OUR_HANDLERS)) {
                endpoints.addAll(endpointsOf(info));
            }
        });
        return endpoints;
    }

    private static Set<String> endpointsOf(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
        if (methods.isEmpty()) {
            methods = Set.of("ANY"); // a mapping without a method answers them all: it needs a line of its own
        }
        Set<String> endpoints = new TreeSet<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                endpoints.add(method + " " + pattern);
            }
        }
        return endpoints;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    // The table's vocabulary.

    private static Row row(HttpMethod method, String pattern, int anonymous, int customerA, int customerB, int staff,
                             int admin, Call call) {
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        statuses.put(Caller.ANONYMOUS, anonymous);
        statuses.put(Caller.CUSTOMER_A, customerA);
        statuses.put(Caller.CUSTOMER_B, customerB);
        statuses.put(Caller.STAFF, staff);
        statuses.put(Caller.ADMIN, admin);
        return new Row(method, pattern, statuses, call);
    }

    /** The path's variables, in order. */
    private static Target at(Object... pathIds) {
        return new Target(pathIds, null, List.of());
    }

    private static Target body(Body body) {
        return at().with(body);
    }

    private static Target json(String json) {
        return at().json(json);
    }

    /** What one caller sends to a line's endpoint: the ids filled into its pattern, a JSON body, query parameters. */
    private record Target(Object[] pathIds, String json, List<String> query) {

        Target with(Body body) {
            return json(body.json());
        }

        Target json(String json) {
            return new Target(pathIds, json, query);
        }

        Target query(String name, String value) {
            List<String> parameters = new ArrayList<>(query);
            parameters.add(name);
            parameters.add(value);
            return new Target(pathIds, json, parameters);
        }
    }

    /** Makes the request of one caller, with fresh resources where the call changes them. */
    @FunctionalInterface
    private interface Call {
        Target target(Caller caller) throws Exception;
    }

    private record Row(HttpMethod method, String pattern, Map<Caller, Integer> statuses, Call call) {

        String endpoint() {
            return method.name() + " " + pattern;
        }

        MockHttpServletRequestBuilder request(Caller caller) throws Exception {
            Target target = call.target(caller);
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, pattern, target.pathIds());
            for (int i = 0; i < target.query().size(); i += 2) {
                request.param(target.query().get(i), target.query().get(i + 1));
            }
            return target.json() == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(target.json());
        }
    }
}
