package dev.careshop.bootstrap.identity;

import static dev.careshop.bootstrap.support.ProblemExpectations.all;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import dev.careshop.bootstrap.support.Jwts;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which access tokens open the API: only HS256 tokens signed with the service's key, issued by it, unexpired, naming
 * a user and a role. Every other token gets the same 401 problem with an RFC 6750 challenge. Forged tokens are built
 * by hand ({@link Jwts}); the first test proves such a hand-built token is accepted when nothing is wrong with it, so
 * each refusal below is about the one thing that test changed.
 */
@DisplayName("Access tokens")
class AccessTokenTest extends HttpTest {

    private static final String ME = "/api/users/me";
    private static final String OTHER_KEY = "another-service-signing-key-0123456789abcdef";

    private Identity customer;

    @BeforeEach
    void signIn() throws Exception {
        customer = identities().customer("token");
    }

    private Map<String, Object> validClaims() {
        return Jwts.claimsFor(customer.id(), customer.username(), "CUSTOMER");
    }

    private static MockHttpServletRequestBuilder me(String token) {
        return get(ME).with(Auth.as(token));
    }

    /** A token signed as the service signs, with the valid claims changed by {@code change}, must be refused. */
    private void refusedWhenClaims(Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> claims = validClaims();
        change.accept(claims);
        mvc.perform(me(Jwts.hmac("HS256", Auth.JWT_SECRET, claims))).andExpect(invalidToken());
    }

    /** The 401 for a token that was sent but is not good: RFC 6750's invalid_token challenge, as a problem. */
    private static ResultMatcher invalidToken() {
        return all(problem(401, "unauthorized", ME),
                header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careshop\", error=\"invalid_token\""),
                jsonPath("$.detail").value("The access token is invalid or has expired, or its user may no longer sign in; "
                        + "log in again at POST /api/auth/token."));
    }

    @Test
    void aTokenFromTheLoginOpensTheApiAsItsUser() throws Exception {
        mvc.perform(me(customer.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(customer.id().toString()));
    }

    @Test
    void aHandSignedTokenWithTheServicesKeyAndClaimsIsAcceptedSoTheRefusalsBelowAreAboutWhatTheyChange() throws Exception {
        mvc.perform(me(Jwts.hmac("HS256", Auth.JWT_SECRET, validClaims())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(customer.id().toString()));
    }

    @Test
    void noAuthorizationHeaderGetsTheChallengeWithoutAnErrorCode() throws Exception {
        mvc.perform(get(ME).with(Auth.anonymous()))
                .andExpect(problem(401, "unauthorized", ME))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careshop\""));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        refusedWhenClaims(claims -> {
            claims.put("iat", now.minusSeconds(1000).getEpochSecond());
            claims.put("exp", now.minusSeconds(100).getEpochSecond());
        });
    }

    @Test
    void aTokenExpiredSecondsAgoIsStillAcceptedWithinTheClockSkewAllowedBetweenInstances() throws Exception {
        Map<String, Object> claims = validClaims();
        Instant now = Instant.now();
        claims.put("iat", now.minusSeconds(910).getEpochSecond());
        claims.put("exp", now.minusSeconds(10).getEpochSecond());

        mvc.perform(me(Jwts.hmac("HS256", Auth.JWT_SECRET, claims))).andExpect(status().isOk());
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() throws Exception {
        refusedWhenClaims(claims -> claims.remove("exp"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        mvc.perform(me(Jwts.hmac("HS256", OTHER_KEY, validClaims()))).andExpect(invalidToken());
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() throws Exception {
        mvc.perform(me(Jwts.unsigned(validClaims()))).andExpect(invalidToken());
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
        Map<String, Object> promoted = Jwts.claims(customer.token());
        promoted.put("role", "ADMIN");

        mvc.perform(me(Jwts.withClaims(customer.token(), promoted))).andExpect(invalidToken());
        mvc.perform(get("/api/users").with(Auth.as(Jwts.withClaims(customer.token(), promoted))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        refusedWhenClaims(claims -> claims.put("iss", "someone-else"));
    }

    @Test
    void aTokenWithoutAnIssuerIsRefused() throws Exception {
        refusedWhenClaims(claims -> claims.remove("iss"));
    }

    @Test
    void aTokenWithoutARoleIsRefused() throws Exception {
        refusedWhenClaims(claims -> claims.remove("role"));
    }

    @Test
    void aTokenWithAnUnknownRoleOrASubjectThatIsNotAUserIdIsRefused() throws Exception {
        refusedWhenClaims(claims -> claims.put("role", "ROOT"));
        refusedWhenClaims(claims -> claims.put("sub", "admin"));
    }

    @Test
    void aTokenSignedWithHs512AndTheSameKeyIsRefusedBecauseOnlyHs256IsAccepted() throws Exception {
        mvc.perform(me(Jwts.hmac("HS512", Auth.JWT_SECRET, validClaims()))).andExpect(invalidToken());
    }

    @Test
    void garbageIsRefusedAsAnInvalidToken() throws Exception {
        mvc.perform(me("not-a-jwt")).andExpect(invalidToken());
        mvc.perform(me("a.b.c")).andExpect(invalidToken());
        // Characters a bearer token cannot contain (RFC 6750 §2.1): refused before anyone tries to parse it.
        mvc.perform(me("this is { not } a token")).andExpect(invalidToken());
    }

    @Test
    void aTokenOfAUserDeletedSinceIsRefused() throws Exception {
        mvc.perform(delete("/api/users/" + customer.id())).andExpect(status().isNoContent());

        mvc.perform(me(customer.token())).andExpect(invalidToken());
    }

    @Test
    void aTokenOfAUserDeactivatedSinceIsRefusedOnTheNextRequest() throws Exception {
        mvc.perform(putJson("/api/users/" + customer.id() + "/active", "{\"active\": false}")).andExpect(status().isNoContent());

        mvc.perform(me(customer.token())).andExpect(invalidToken());
    }

    /** The token names the user; the role is the user's role now, so a change of role counts at once, both ways. */
    @Test
    void aRoleChangedSinceTheLoginCountsOnTheNextRequest() throws Exception {
        MockHttpServletRequestBuilder patients = get("/api/patients").with(Auth.as(customer.token()));
        mvc.perform(patients).andExpect(problem(403, "forbidden"));

        mvc.perform(putJson("/api/users/" + customer.id() + "/role", "{\"role\": \"STAFF\"}")).andExpect(status().isNoContent());
        mvc.perform(patients).andExpect(status().isOk());

        mvc.perform(putJson("/api/users/" + customer.id() + "/role", "{\"role\": \"CUSTOMER\"}")).andExpect(status().isNoContent());
        mvc.perform(patients).andExpect(problem(403, "forbidden"));
    }

    /** A demoted administrator's token cannot be used to restore the role: it is a customer's token now. */
    @Test
    void aDemotedAdministratorCannotPromoteThemselvesBackWithTheirOldToken() throws Exception {
        Identity admin = identities().admin("demoted");
        mvc.perform(putJson("/api/users/" + admin.id() + "/role", "{\"role\": \"CUSTOMER\"}")).andExpect(status().isNoContent());

        mvc.perform(putJson("/api/users/" + admin.id() + "/role", "{\"role\": \"ADMIN\"}").with(Auth.as(admin.token())))
                .andExpect(problem(403, "forbidden"));
        mvc.perform(get("/api/users/" + admin.id())).andExpect(jsonPath("$.role").value("CUSTOMER"));
    }

    @Test
    void twoAuthorizationHeadersAreRefusedRatherThanOneChosen() throws Exception {
        mvc.perform(get(ME).header(HttpHeaders.AUTHORIZATION, "Bearer " + customer.token())
                        .header(HttpHeaders.AUTHORIZATION, auth.adminBearer()))
                .andExpect(invalidToken());
    }
}
