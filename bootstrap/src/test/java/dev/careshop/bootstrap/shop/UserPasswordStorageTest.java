package dev.careshop.bootstrap.shop;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.UserApi.newUser;
import static dev.careshop.bootstrap.support.UserApi.profile;
import static dev.careshop.bootstrap.support.UserApi.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.UserApi;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** SPEC.md: the password is stored only as a salted adaptive hash, and never appears in a response or a log line. */
@ExtendWith(OutputCaptureExtension.class)
class UserPasswordStorageTest extends HttpTest {

    private static final String SECRET = "Tr0ub4dor&3-is-not-a-good-one";
    private static final String NEW_SECRET = "correct horse battery staple 2";

    @Autowired
    private PasswordHasherPort passwordHasher;

    @Test
    void theColumnHoldsAnArgon2idHashThatVerifiesThePasswordAndTheRowNeverHoldsThePassword() throws Exception {
        UUID id = new UserApi(mvc).user(newUser(username("stored")).str("password", SECRET));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);
        String row = jdbc.queryForObject("SELECT u::text FROM users u WHERE id = ?", String.class, id);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().matches(SECRET, hash)).as("verifies with a stock encoder").isTrue();
        assertThat(passwordHasher.matches(new Password(SECRET), new PasswordHash(hash))).isTrue();
        assertThat(passwordHasher.matches(new Password(SECRET + "x"), new PasswordHash(hash))).isFalse();
        assertThat(row).doesNotContain(SECRET);
    }

    @Test
    void theSamePasswordTwiceGivesTwoHashesAndAChangeReplacesTheHash() throws Exception {
        var users = new UserApi(mvc);
        UUID first = users.user(newUser(username("salt")).str("password", SECRET));
        UUID second = users.user(newUser(username("salt")).str("password", SECRET));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String firstHash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
        assertThat(jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, second)).isNotEqualTo(firstHash);

        mvc.perform(putJson("/api/users/" + first + "/password", "{\"password\": \"" + NEW_SECRET + "\"}"))
                .andExpect(status().isNoContent());

        String newHash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, first);
        assertThat(passwordHasher.matches(new Password(NEW_SECRET), new PasswordHash(newHash))).isTrue();
        assertThat(passwordHasher.matches(new Password(SECRET), new PasswordHash(newHash))).isFalse();
    }

    @Test
    void passwordsLongerThan72BytesCountInFull() throws Exception {
        String prefix = "x".repeat(80);
        UUID id = new UserApi(mvc).user(newUser(username("long")).str("password", prefix + "A"));
        String hash = new JdbcTemplate(dataSource).queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);

        assertThat(passwordHasher.matches(new Password(prefix + "A"), new PasswordHash(hash))).isTrue();
        assertThat(passwordHasher.matches(new Password(prefix + "B"), new PasswordHash(hash))).as("bcrypt would say true").isFalse();
    }

    @Test
    void noResponseEverContainsThePasswordOrTheHash() throws Exception {
        String name = username("secret");
        List<String> bodies = new ArrayList<>();
        String created = body(mvc.perform(postJson("/api/users", newUser(name).str("password", SECRET).json())).andExpect(status().isCreated()));
        bodies.add(created);
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
        String hash = new JdbcTemplate(dataSource).queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);

        bodies.add(body(mvc.perform(get("/api/users/" + id))));
        bodies.add(body(mvc.perform(get("/api/users").param("q", name))));
        bodies.add(body(mvc.perform(putJson("/api/users/" + id, profile(name).json()))));
        // Refusals of bad passwords, and of a password where none belongs.
        bodies.add(body(mvc.perform(postJson("/api/users", newUser(username("bad")).str("password", "Short7!").json()))));
        bodies.add(body(mvc.perform(postJson("/api/users", newUser(username("bad")).str("password", SECRET + "x".repeat(120)).json()))));
        bodies.add(body(mvc.perform(postJson("/api/users", newUser(name).str("password", SECRET).json()))));
        bodies.add(body(mvc.perform(putJson("/api/users/" + id, profile(name).str("password", SECRET).json()))));
        bodies.add(body(mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"Short7!\"}"))));
        bodies.add(body(mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"" + SECRET + "\", \"x\": 1}"))));
        bodies.add(body(mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"" + SECRET + "\""))));

        assertThat(bodies).hasSize(11).allSatisfy(answer -> assertThat(answer)
                .doesNotContain(SECRET, "Short7!", hash, "$argon2", "passwordHash", "password_hash"));
    }

    @Test
    void noLogLineEverContainsThePasswordOrTheHash(CapturedOutput output) throws Exception {
        String name = username("logged");
        UUID id = new UserApi(mvc).user(newUser(name).str("password", SECRET));
        String hash = new JdbcTemplate(dataSource).queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);

        // A duplicate (the database refuses the row), bad passwords, and a change of password.
        mvc.perform(postJson("/api/users", newUser(name).str("password", SECRET).json()));
        mvc.perform(postJson("/api/users", newUser(username("bad")).str("password", "Short7!").json()));
        mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"" + NEW_SECRET + "\"}"));
        mvc.perform(putJson("/api/users/" + id, profile(name).str("password", SECRET).json()));
        // Bodies the JSON reader refuses, and a password no UTF-8 can encode: the parser's and hasher's own messages stay in.
        mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"" + SECRET + "\""));
        mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": [\"" + SECRET + "\"]}"));
        mvc.perform(putJson("/api/users/" + id + "/password", "{\"password\": \"" + SECRET + "\\uD800\"}"));

        assertThat(output.getAll()).doesNotContain(SECRET, NEW_SECRET, "Short7!", hash);
    }
}
