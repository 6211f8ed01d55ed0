package dev.careshop.adapter.web.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.application.shop.user.port.in.GetCurrentUserUseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserCommand;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.UserSearch;
import dev.careshop.domain.shop.user.Username;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(UserController.class)
class UserControllerSliceTest extends WebSlice {

    static final UUID ID = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    private static final String USERS = "/api/users";
    private static final String SECRET = "correct horse battery staple";
    private static final Body PROFILE = body("{\"username\": \"jane.doe\", \"email\": \"Jane.Doe@Example.ORG\", \"fullName\": \"Jane Doe\"}");
    private static final Body NEW_USER = PROFILE.str("password", SECRET);
    /** The properties of a user: never a password or its hash. */
    static final String[] USER_PROPERTIES = {
            "id", "username", "email", "fullName", "role", "active", "createdAt", "updatedAt", "version"};

    @MockitoBean RegisterUserUseCase registerUser;
    @MockitoBean UpdateUserUseCase updateUser;
    @MockitoBean DeleteUserUseCase deleteUser;
    @MockitoBean DeleteInactiveUsersUseCase deleteInactiveUsers;
    @MockitoBean GetUserUseCase getUser;
    @MockitoBean GetCurrentUserUseCase getCurrentUser;
    @MockitoBean ListUsersUseCase listUsers;

    static User jane(long version) {
        return User.rehydrate(new UserId(ID), profile(), new PasswordHash(HASH), Role.CUSTOMER, true, NOW, NOW, version);
    }

    private static UserProfile profile() {
        return new UserProfile(new Username("jane.doe"), new EmailAddress("jane.doe@example.org"), "Jane Doe");
    }

    @Test
    void aRegisteredUserIsAnsweredWithExactlyItsPropertiesAndNeitherPasswordNorHash() throws Exception {
        given(registerUser.register(any())).willReturn(jane(0));

        MvcResult result = mvc.perform(postJson(USERS, NEW_USER))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/users/" + ID))
                .andExpect(jsonPath("$.username").value("jane.doe"))
                .andExpect(jsonPath("$.email").value("jane.doe@example.org"))
                .andExpect(jsonPath("$.role").value("CUSTOMER"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(USER_PROPERTIES);
        assertThat(result.getResponse().getContentAsString()).doesNotContain(SECRET).doesNotContain("argon2");
        ArgumentCaptor<RegisterUserCommand> command = ArgumentCaptor.forClass(RegisterUserCommand.class);
        verify(registerUser).register(command.capture());
        assertThat(command.getValue().profile()).isEqualTo(profile());
        assertThat(command.getValue().password()).isEqualTo(new Password(SECRET));
    }

    @Test
    void updateHandsTheUseCaseTheIdTheProfileAndTheVersionOfIfMatch() throws Exception {
        given(updateUser.update(any())).willReturn(jane(1));

        mvc.perform(putJson(USERS + "/" + ID, PROFILE).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        verify(updateUser).update(new UpdateUserCommand(new UserId(ID), profile(), 0L));
    }

    static Stream<Arguments> invalidNewUsers() {
        Stream<Arguments> usernameAndPassword = Stream.of(
                Arguments.of(NEW_USER.remove("username"), "username"),
                Arguments.of(NEW_USER.str("username", "ab"), "username"),
                Arguments.of(NEW_USER.str("username", "u".repeat(51)), "username"),
                Arguments.of(NEW_USER.str("username", "jane doe"), "username"),
                Arguments.of(NEW_USER.str("username", "jane@doe"), "username"),
                Arguments.of(NEW_USER.str("username", "jäne"), "username"),
                Arguments.of(NEW_USER.raw("username", "12345"), "username"),
                Arguments.of(NEW_USER.remove("email"), "email"),
                Arguments.of(NEW_USER.str("email", " "), "email"),
                Arguments.of(NEW_USER.str("fullName", "Jane\u0000Doe"), "fullName"),
                Arguments.of(NEW_USER.remove("password"), "password"),
                Arguments.of(NEW_USER.raw("password", "null"), "password"),
                Arguments.of(NEW_USER.str("password", "p".repeat(7)), "password"),
                Arguments.of(NEW_USER.str("password", "p".repeat(129)), "password"),
                Arguments.of(NEW_USER.str("password", " ".repeat(12)), "password"),
                Arguments.of(NEW_USER.raw("password", "12345678"), "password"),
                Arguments.of(NEW_USER.raw("active", "false"), "active"));
        return Stream.of(usernameAndPassword, invalidEmail(NEW_USER, "email"), invalidOptionalText(NEW_USER, "fullName", 100),
                refusedProperties(NEW_USER, "role", "active", "passwordHash", "id")).flatMap(cases -> cases);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("invalidNewUsers")
    void anInvalidSignUpIsA400NamingTheFieldThatNeverRepeatsThePassword(Body body, String field) throws Exception {
        MvcResult result = mvc.perform(postJson(USERS, body)).andExpect(invalid(field)).andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain(SECRET).doesNotContain("secret-pw");
        verifyNoInteractions(registerUser);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fullName", "password"})
    void aLoneSurrogateEscapedInTheJsonIsA400NamingTheFieldNotA500(String field) throws Exception {
        // Valid JSON (a \\uD800 escape with no low half after it), but no UTF-8 can encode it.
        String json = NEW_USER.toString().replace("\"" + field + "\":\"", "\"" + field + "\":\"secret-pw\\uD800");

        MvcResult result = mvc.perform(postJson(USERS, json)).andExpect(invalid(field)).andReturn();

        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret-pw");
        verifyNoInteractions(registerUser);
    }

    @Test
    void everyInvalidFieldOfASignUpIsReportedAtOnce() throws Exception {
        mvc.perform(postJson(USERS, NEW_USER.str("username", "ab").str("email", "nope").str("password", "short")))
                .andExpect(invalid("username", "email", "password"));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidReplacementIsA400NamingTheField() {
        Stream<Arguments> usernameAndEmail = Stream.of(
                Arguments.of(PROFILE.str("username", "ab"), "username"),
                Arguments.of(PROFILE.remove("email"), "email"));
        return eachInvalidBody(cases(usernameAndEmail, invalidOptionalText(PROFILE, "fullName", 100),
                refusedProperties(PROFILE, "password", "role", "active")), List.of(body -> putJson(USERS + "/" + ID, body)), updateUser);
    }

    @Test
    void theSignedInUserReadsThemselvesWithAnETag() throws Exception {
        given(getCurrentUser.current()).willReturn(jane(4));

        MvcResult result = mvc.perform(get(USERS + "/me"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(USER_PROPERTIES);
    }

    @Test
    void deletingInactiveUsersAnswersTheCounts() throws Exception {
        given(deleteInactiveUsers.deleteInactive()).willReturn(new BulkDeletion(4, 1));

        MvcResult result = mvc.perform(delete(USERS).param("active", "false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deleted").value(4))
                .andExpect(jsonPath("$.skipped").value(1))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("deleted", "skipped");
    }

    @Test
    void deletingUsersNeedsActiveFalse() throws Exception {
        mvc.perform(delete(USERS).param("active", "true")).andExpect(invalid("active"));
        mvc.perform(delete(USERS)).andExpect(invalid("active"));
        mvc.perform(delete(USERS).param("active", "maybe")).andExpect(invalid("active"));
        verifyNoInteractions(deleteInactiveUsers);
    }

    @Test
    void theListPassesTheFiltersAndRefusesBadOnes() throws Exception {
        given(listUsers.list(any(), any())).willReturn(pageOf(jane(0)));

        MvcResult result = mvc.perform(get(USERS).param("active", "true").param("q", "jane")).andExpect(status().isOk()).andReturn();

        assertThat(properties(result, "/content/0")).containsExactlyInAnyOrder(USER_PROPERTIES);
        verify(listUsers).list(eq(new UserSearch(true, "jane")), any());
        mvc.perform(get(USERS).param("active", "maybe")).andExpect(invalid("active"));
        mvc.perform(get(USERS).param("q", "ja\u0000ne")).andExpect(invalid("q"));
        mvc.perform(get(USERS).param("q", "ja\uD800ne")).andExpect(invalid("q"));
        mvc.perform(get(USERS).param("sort", "role")).andExpect(invalid("sort"));
    }
}
