package dev.careshop.adapter.web.clinic.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.FindDoctorsUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.EmailAddress;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(DoctorController.class)
class DoctorControllerSliceTest extends WebSlice {

    private static final String DOCTORS = "/api/doctors";
    private static final UUID ID = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final Body VALID = body("""
            {"name": "Gregory House", "specialization": "Diagnostics", "email": "house@example.org"}""");

    @MockitoBean RegisterDoctorUseCase registerDoctor;
    @MockitoBean UpdateDoctorUseCase updateDoctor;
    @MockitoBean DeleteDoctorUseCase deleteDoctor;
    @MockitoBean FindDoctorsUseCase findDoctors;

    private static Doctor house(long version) {
        return Doctor.rehydrate(new DoctorId(ID), new DoctorProfile("Gregory House", "Diagnostics",
                new EmailAddress("house@example.org")), NOW.minusSeconds(60), NOW, version);
    }

    @Test
    void aRegisteredDoctorIsAnsweredWithExactlyItsPropertiesAnETagAndALocation() throws Exception {
        given(registerDoctor.register(any())).willReturn(house(0));

        MvcResult result = mvc.perform(postJson(DOCTORS, VALID.str("email", "House@Example.ORG")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/doctors/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.name").value("Gregory House"))
                .andExpect(jsonPath("$.specialization").value("Diagnostics"))
                .andExpect(jsonPath("$.email").value("house@example.org"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-21T10:14:30Z"))
                .andExpect(jsonPath("$.updatedAt").value("2026-11-21T10:15:30Z"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(
                "id", "name", "specialization", "email", "createdAt", "updatedAt", "version");
        ArgumentCaptor<RegisterDoctorCommand> command = ArgumentCaptor.forClass(RegisterDoctorCommand.class);
        verify(registerDoctor).register(command.capture());
        assertThat(command.getValue().profile())
                .isEqualTo(new DoctorProfile("Gregory House", "Diagnostics", new EmailAddress("house@example.org")));
    }

    @Test
    void updateHandsTheUseCaseTheIdTheProfileAndTheVersionOfIfMatch() throws Exception {
        given(updateDoctor.update(any())).willReturn(house(2));

        mvc.perform(putJson(DOCTORS + "/" + ID, VALID.remove("email")).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));

        ArgumentCaptor<UpdateDoctorCommand> command = ArgumentCaptor.forClass(UpdateDoctorCommand.class);
        verify(updateDoctor).update(command.capture());
        assertThat(command.getValue()).isEqualTo(new UpdateDoctorCommand(new DoctorId(ID),
                new DoctorProfile("Gregory House", "Diagnostics", null), 1L));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidBodyIsA400NamingTheFieldOnRegisterAndOnReplaceAndReachesNoUseCase() {
        return eachInvalidBody(cases(invalidRequiredText(VALID, "name", 100),
                invalidRequiredText(VALID, "specialization", 100), invalidEmail(VALID, "email"),
                invalidOptionalText(VALID, "email", 254), refusedProperties(VALID, "phone", "version")),
                List.of(body -> postJson(DOCTORS, body), body -> putJson(DOCTORS + "/" + ID, body)), registerDoctor, updateDoctor);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() throws Exception {
        mvc.perform(postJson(DOCTORS, VALID.str("name", "").str("specialization", " ").str("email", "nope")))
                .andExpect(invalid("name", "specialization", "email"));
    }

    @Test
    void aListIsAPageOfDoctorsFilteredBySpecialization() throws Exception {
        given(findDoctors.list(eq(new DoctorSearch("Diagnostics")), any())).willReturn(pageOf(house(0)));

        MvcResult result = mvc.perform(get(DOCTORS).param("specialization", "Diagnostics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andReturn();

        assertThat(properties(result, "/content/0")).containsExactlyInAnyOrder(
                "id", "name", "specialization", "email", "createdAt", "updatedAt", "version");
    }

    @Test
    void anUnknownSortFieldIsA400NamingSort() throws Exception {
        mvc.perform(get(DOCTORS).param("sort", "email")).andExpect(invalid("sort"));
    }
}
