package dev.careshop.bootstrap.support;

import static dev.careshop.bootstrap.support.Json.putJson;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signed-in users of every role, made the way clients make them: sign-up through the API, the role set by the
 * administrator, a token from the real login.
 */
public final class Identities {

    private final MockMvc mvc;
    private final Auth auth;

    Identities(MockMvc mvc, Auth auth) {
        this.mvc = mvc;
        this.auth = auth;
    }

    /** A signed-in user: their id, username and a valid access token. */
    public record Identity(UUID id, String username, String token) {
    }

    public Identity customer(String prefix) throws Exception {
        return withRole(prefix, "CUSTOMER");
    }

    public Identity staff(String prefix) throws Exception {
        return withRole(prefix, "STAFF");
    }

    public Identity admin(String prefix) throws Exception {
        return withRole(prefix, "ADMIN");
    }

    private Identity withRole(String prefix, String role) throws Exception {
        String username = UserApi.username(prefix);
        UUID id = new UserApi(mvc).user(username);
        if (!"CUSTOMER".equals(role)) {
            mvc.perform(putJson("/api/users/" + id + "/role", "{\"role\": \"" + role + "\"}"))
                    .andExpect(status().isNoContent());
        }
        return new Identity(id, username, auth.logIn(username, UserApi.PASSWORD));
    }
}
