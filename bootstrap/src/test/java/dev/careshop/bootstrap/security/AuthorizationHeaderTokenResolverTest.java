package dev.careshop.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The resolver reads the header once and checks it without a regular expression, and answers exactly what Spring's
 * DefaultBearerTokenResolver answers: each case is also put to Spring's resolver.
 */
class AuthorizationHeaderTokenResolverTest {

    private final AuthorizationHeaderTokenResolver resolver = new AuthorizationHeaderTokenResolver();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    private static MockHttpServletRequest get(String... authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/users/me");
        for (String value : authorization) {
            request.addHeader(HttpHeaders.AUTHORIZATION, value);
        }
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "bearer abc", "BEARER a-b.c_d~e+f/g",
            "Bearer abc==", "Bearer x"})
    void aWellFormedBearerTokenIsTheTokenAsSpringReadsIt(String authorization) {
        assertThat(resolver.resolve(get(authorization))).isEqualTo(spring.resolve(get(authorization)))
                .isEqualTo(authorization.substring("Bearer ".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Digest x", "Token abc"})
    void anotherSchemeIsNoBearerTokenAtAll(String authorization) {
        assertThat(resolver.resolve(get(authorization))).isNull();
        assertThat(spring.resolve(get(authorization))).isNull();
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(resolver.resolve(get())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer ===", "Bearer a=b", "Bearer this is { not } a token",
            "Bearer abc ", "Bearer ab\tc", "Bearer é"})
    void aMalformedBearerTokenIsAnInvalidTokenAsForSpring(String authorization) {
        assertThatThrownBy(() -> resolver.resolve(get(authorization))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> spring.resolve(get(authorization))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void twoAuthorizationHeadersAreRefused() {
        assertThatThrownBy(() -> resolver.resolve(get("Bearer abc", "Bearer def"))).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void theLoginNeverLooksAtAToken() {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/api/auth/token");
        login.addHeader(HttpHeaders.AUTHORIZATION, "Bearer expired.or.garbage{");
        login.addHeader(HttpHeaders.AUTHORIZATION, "Bearer second");

        assertThat(resolver.resolve(login)).isNull();
    }
}
