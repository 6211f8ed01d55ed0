package dev.careshop.adapter.web.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

@WebMvcTest(UserAccountController.class)
class UserAccountControllerSliceTest extends WebSlice {

    private static final UUID ID = UserControllerSliceTest.ID;
    private static final String USER = "/api/users/" + ID;
    private static final String STATUS = "/api/users/status";
    private static final String A_ID = "00000000-0000-7000-8000-000000000000";

    @MockitoBean ChangePasswordUseCase changePassword;
    @MockitoBean ChangeUserRoleUseCase changeRole;
    @MockitoBean ChangeUserActiveUseCase changeActive;
    @MockitoBean ChangeUsersStatusUseCase changeStatus;

    /** The change is a 204 with no body and the user's new version as its ETag. */
    private void answers204WithETag(RequestBuilder change, long version) throws Exception {
        mvc.perform(change).andExpect(status().isNoContent()).andExpect(header().string(HttpHeaders.ETAG, "\"" + version + "\""));
    }

    @Test
    void aPasswordChangeHandsTheUseCaseBothPasswordsAndAnswers204WithTheNewETag() throws Exception {
        given(changePassword.changePassword(any())).willReturn(UserControllerSliceTest.jane(3));

        answers204WithETag(putJson(USER + "/password", "{\"password\": \"a-new-password\", \"currentPassword\": \"the-old-one\"}"), 3);

        verify(changePassword).changePassword(new ChangePasswordCommand(new UserId(ID), new Password("a-new-password"), "the-old-one"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"password\": \"short\"}", "{\"password\": null}", "{}", "{\"password\": 123456789}",
            "{\"password\": \"long-enough-pw\", \"role\": \"ADMIN\"}", "{\"password\": \"secret-pw\\uDC00\"}"})
    void anInvalidPasswordBodyIsA400ThatNeverRepeatsIt(String json) throws Exception {
        MvcResult result = mvc.perform(putJson(USER + "/password", json)).andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors").isNotEmpty())
                .andReturn();

        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("short\"").doesNotContain("long-enough-pw").doesNotContain("secret-pw");
        verifyNoInteractions(changePassword);
    }

    static Stream<String> passwordsNamedByTheProblem() {
        return Stream.of("{\"password\": \"" + "p".repeat(129) + "\"}", "{\"password\": \"secret-pw\\uDC00\"}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwordsNamedByTheProblem")
    void aPasswordTooLongOrWithALoneSurrogateIsA400NamingPassword(String json) throws Exception {
        mvc.perform(putJson(USER + "/password", json)).andExpect(invalid("password"));
        verifyNoInteractions(changePassword);
    }

    @Test
    void aRoleChangeHandsTheUseCaseTheRoleAndAnswers204WithTheNewETag() throws Exception {
        given(changeRole.changeRole(any())).willReturn(UserControllerSliceTest.jane(2));

        answers204WithETag(putJson(USER + "/role", "{\"role\": \"STAFF\"}"), 2);

        verify(changeRole).changeRole(new ChangeUserRoleCommand(new UserId(ID), Role.STAFF));
    }

    @Test
    void anActiveChangeHandsTheUseCaseTheFlagAndAnswers204WithTheNewETag() throws Exception {
        given(changeActive.changeActive(any())).willReturn(UserControllerSliceTest.jane(5));

        answers204WithETag(putJson(USER + "/active", "{\"active\": false}"), 5);

        verify(changeActive).changeActive(new ChangeUserActiveCommand(new UserId(ID), false));
    }

    /** A role change and an active change refuse a missing, null or mistyped value and any other property. */
    @TestFactory
    Stream<DynamicTest> anInvalidRoleOrActiveBodyIsA400NamingTheFieldAndReachesNoUseCase() {
        Body role = body("{\"role\": \"STAFF\"}");
        Body active = body("{\"active\": false}");
        return Stream.concat(
                eachInvalidBody(cases(Stream.of(Arguments.of(role.remove("role"), "role")),
                                invalidValues(role, "role", "\"ROOT\"", "\"staff\"", "1", "null"), refusedProperties(role, "active")),
                        List.of(body -> putJson(USER + "/role", body)), changeRole),
                eachInvalidBody(cases(Stream.of(Arguments.of(active.remove("active"), "active")),
                                invalidValues(active, "active", "\"no\"", "0", "null"), refusedProperties(active, "x")),
                        List.of(body -> putJson(USER + "/active", body)), changeActive));
    }

    @Test
    void aBulkStatusChangeHandsTheUseCaseTheIdsAndAnswersTheCount() throws Exception {
        given(changeStatus.changeStatus(any())).willReturn(3);

        MvcResult result = mvc.perform(postJson(STATUS, "{\"ids\": [\"" + ID + "\"], \"active\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(3))
                .andReturn();

        assertThat(properties(result, "")).containsExactly("updated");
        verify(changeStatus).changeStatus(new ChangeUsersStatusCommand(List.of(new UserId(ID)), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"ids\": [], \"active\": false}",
            "{\"active\": false}",
            "{\"ids\": null, \"active\": false}",
            "{\"ids\": [null], \"active\": false}",
            "{\"ids\": [\"not-a-uuid\"], \"active\": false}",
            "{\"ids\": \"" + A_ID + "\", \"active\": false}",
            "{\"ids\": [\"" + A_ID + "\"]}",
            "{\"ids\": [\"" + A_ID + "\"], \"active\": \"no\"}",
            "{\"ids\": [\"" + A_ID + "\", \"" + A_ID + "\"], \"active\": false}",
            "{\"ids\": [\"" + A_ID + "\"], \"active\": false, \"role\": \"ADMIN\"}"})
    void anInvalidBulkStatusBodyIsA400(String json) throws Exception {
        mvc.perform(postJson(STATUS, json)).andExpect(problem(400, "invalid-request")).andExpect(jsonPath("$.errors").isNotEmpty());
        verifyNoInteractions(changeStatus);
    }

    @Test
    void moreThan1000IdsAreA400NamingIds() throws Exception {
        String ids = String.join(",", Collections.nCopies(1001, "\"" + A_ID + "\""));
        mvc.perform(postJson(STATUS, "{\"ids\": [" + ids + "], \"active\": false}")).andExpect(invalid("ids"));
    }
}
