package dev.careshop.adapter.web.clinic.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(PatientController.class)
class PatientControllerSliceTest extends WebSlice {

    private static final String PATIENTS = "/api/patients";
    private static final UUID ID = UUID.fromString("0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10");
    private static final Body VALID = body("""
            {"name": "Ada Lovelace", "birthDate": "1985-12-10", "gender": "FEMALE",
             "email": "ada@example.org", "phone": "+44 20 7946 0000"}""");

    @MockitoBean RegisterPatientUseCase registerPatient;
    @MockitoBean UpdatePatientUseCase updatePatient;
    @MockitoBean DeletePatientUseCase deletePatient;
    @MockitoBean GetPatientUseCase getPatient;
    @MockitoBean ListPatientsUseCase listPatients;
    @MockitoBean GetPatientHistoryUseCase patientHistory;

    private static Patient ada(long version) {
        PatientProfile profile = new PatientProfile("Ada Lovelace", LocalDate.of(1985, 12, 10), Gender.FEMALE,
                new EmailAddress("ada@example.org"), "+44 20 7946 0000");
        return Patient.rehydrate(new PatientId(ID), profile, NOW.minusSeconds(3600), NOW, version);
    }

    @Test
    void aRegisteredPatientIsAnsweredWithExactlyItsPropertiesAnETagAndALocation() throws Exception {
        given(registerPatient.register(any())).willReturn(ada(0));

        MvcResult result = mvc.perform(postJson(PATIENTS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/patients/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.name").value("Ada Lovelace"))
                .andExpect(jsonPath("$.birthDate").value("1985-12-10"))
                .andExpect(jsonPath("$.age").value(40))
                .andExpect(jsonPath("$.gender").value("FEMALE"))
                .andExpect(jsonPath("$.email").value("ada@example.org"))
                .andExpect(jsonPath("$.phone").value("+44 20 7946 0000"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-21T09:15:30Z"))
                .andExpect(jsonPath("$.updatedAt").value("2026-11-21T10:15:30Z"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(
                "id", "name", "birthDate", "age", "gender", "email", "phone", "createdAt", "updatedAt", "version");
    }

    @Test
    void registerHandsTheUseCaseTheProfileWithTheEmailNormalised() throws Exception {
        given(registerPatient.register(any())).willReturn(ada(0));

        mvc.perform(postJson(PATIENTS, VALID.str("email", "Ada@Example.ORG").remove("phone")))
                .andExpect(status().isCreated());

        ArgumentCaptor<RegisterPatientCommand> command = ArgumentCaptor.forClass(RegisterPatientCommand.class);
        verify(registerPatient).register(command.capture());
        assertThat(command.getValue().profile()).isEqualTo(new PatientProfile("Ada Lovelace", LocalDate.of(1985, 12, 10),
                Gender.FEMALE, new EmailAddress("ada@example.org"), null));
    }

    @Test
    void updateHandsTheUseCaseTheIdTheProfileAndTheVersionOfIfMatch() throws Exception {
        given(updatePatient.update(any())).willReturn(ada(4));

        mvc.perform(putJson(PATIENTS + "/" + ID, VALID).header(HttpHeaders.IF_MATCH, "\"3\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""))
                .andExpect(jsonPath("$.version").value(4));

        ArgumentCaptor<UpdatePatientCommand> command = ArgumentCaptor.forClass(UpdatePatientCommand.class);
        verify(updatePatient).update(command.capture());
        assertThat(command.getValue().id()).isEqualTo(new PatientId(ID));
        assertThat(command.getValue().expectedVersion()).isEqualTo(3L);
        assertThat(command.getValue().profile().name()).isEqualTo("Ada Lovelace");
    }

    static Stream<Arguments> invalidBodies() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Stream<Arguments> birthDateAndGender = Stream.of(
                Arguments.of(VALID.remove("birthDate"), "birthDate"),
                Arguments.of(VALID.str("birthDate", tomorrow), "birthDate"),
                Arguments.of(VALID.str("birthDate", "2999-01-01"), "birthDate"),
                Arguments.of(VALID.str("birthDate", "1899-12-31"), "birthDate"),
                Arguments.of(VALID.str("birthDate", "1066-10-14"), "birthDate"),
                Arguments.of(VALID.str("birthDate", "tomorrow"), "birthDate"),
                Arguments.of(VALID.str("birthDate", "10/12/1985"), "birthDate"),
                Arguments.of(VALID.str("birthDate", "1985-02-30"), "birthDate"),
                Arguments.of(VALID.remove("gender"), "gender"),
                Arguments.of(VALID.str("gender", "ALIEN"), "gender"),
                Arguments.of(VALID.raw("gender", "1"), "gender"));
        return Stream.of(invalidRequiredText(VALID, "name", 100), birthDateAndGender, invalidEmail(VALID, "email"),
                invalidOptionalText(VALID, "phone", 30), refusedProperties(VALID, "age", "id", "nickname")).flatMap(cases -> cases);
    }

    @TestFactory
    Stream<DynamicTest> anInvalidBodyIsA400NamingTheFieldOnRegisterAndOnReplaceAndReachesNoUseCase() {
        return eachInvalidBody(invalidBodies(),
                List.of(body -> postJson(PATIENTS, body), body -> putJson(PATIENTS + "/" + ID, body)), registerPatient, updatePatient);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() throws Exception {
        mvc.perform(postJson(PATIENTS, VALID.str("name", " ").str("birthDate", "2999-01-01").str("phone", "1".repeat(31))))
                .andExpect(invalid("name", "birthDate", "phone"));
    }

    @Test
    void aMalformedIfMatchIsA400NamingTheHeader() throws Exception {
        mvc.perform(putJson(PATIENTS + "/" + ID, VALID).header(HttpHeaders.IF_MATCH, "3"))
                .andExpect(invalid("If-Match"));
        verifyNoInteractions(updatePatient);
    }

    @Test
    void anIdThatIsNotAUuidIsA400NamingThePathVariable() throws Exception {
        mvc.perform(get(PATIENTS + "/42")).andExpect(invalid("id"));
    }

    @Test
    void aReadAnswersThePatientWithItsVersionAsStrongETag() throws Exception {
        given(getPatient.get(new PatientId(ID))).willReturn(ada(7));

        mvc.perform(get(PATIENTS + "/" + ID))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"7\""))
                .andExpect(jsonPath("$.version").value(7));
    }

    @Test
    void aListIsAPageOfPatientsAndPassesTheFiltersAndPaging() throws Exception {
        given(listPatients.list(any(), any())).willReturn(pageOf(ada(0)));

        MvcResult result = mvc.perform(get(PATIENTS).param("name", "ada").param("gender", "FEMALE")
                        .param("page", "0").param("size", "5").param("sort", "birthDate,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(ID.toString()))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("content", "page");
        assertThat(properties(result, "/page")).containsExactlyInAnyOrder("size", "number", "totalElements", "totalPages");
        ArgumentCaptor<PageRequest> paging = ArgumentCaptor.forClass(PageRequest.class);
        verify(listPatients).list(eq(new PatientSearch("ada", Gender.FEMALE)), paging.capture());
        assertThat(paging.getValue().size()).isEqualTo(5);
        assertThat(paging.getValue().sort()).containsExactly(new SortOrder("birthDate", SortOrder.Direction.DESC));
    }

    static Stream<Arguments> invalidListParameters() {
        return Stream.of(
                Arguments.of("gender", "ALIEN", "gender"),
                Arguments.of("page", "-1", "page"),
                Arguments.of("size", "0", "size"),
                Arguments.of("size", "101", "size"),
                Arguments.of("size", "many", "size"),
                Arguments.of("sort", "email", "sort"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidListParameters")
    void anInvalidListParameterIsA400NamingIt(String parameter, String value, String field) throws Exception {
        mvc.perform(get(PATIENTS).param(parameter, value)).andExpect(invalid(field));
        verifyNoInteractions(listPatients);
    }

    @Test
    void theHistoryListsVisitsWithTheirDoctorAndPrescriptions() throws Exception {
        UUID visit = UUID.randomUUID();
        UUID doctor = UUID.randomUUID();
        UUID prescription = UUID.randomUUID();
        given(patientHistory.history(new PatientId(ID))).willReturn(new PatientHistory(new PatientId(ID), "Ada Lovelace",
                LocalDate.of(1985, 12, 10), List.of(new PatientHistory.Visit(visit, NOW, NOW.plusSeconds(1800), 30,
                AppointmentStatus.FULFILLED, "Cough", new PatientHistory.DoctorSummary(doctor, "Gregory House", "Diagnostics"),
                List.of(new PatientHistory.PrescriptionLine(prescription, "Amoxicillin", "500 mg", "With food", NOW))))));

        MvcResult result = mvc.perform(get(PATIENTS + "/" + ID + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientId").value(ID.toString()))
                .andExpect(jsonPath("$.appointments[0].id").value(visit.toString()))
                .andExpect(jsonPath("$.appointments[0].startsAt").value("2026-11-21T10:15:30Z"))
                .andExpect(jsonPath("$.appointments[0].status").value("FULFILLED"))
                .andExpect(jsonPath("$.appointments[0].doctor.id").value(doctor.toString()))
                .andExpect(jsonPath("$.appointments[0].prescriptions[0].id").value(prescription.toString()))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("patientId", "patientName", "birthDate", "appointments");
        assertThat(properties(result, "/appointments/0")).containsExactlyInAnyOrder(
                "id", "startsAt", "endsAt", "durationMinutes", "status", "reason", "doctor", "prescriptions");
        assertThat(properties(result, "/appointments/0/doctor")).containsExactlyInAnyOrder("id", "name", "specialization");
        assertThat(properties(result, "/appointments/0/prescriptions/0")).containsExactlyInAnyOrder(
                "id", "medicineName", "dosage", "instructions", "createdAt");
    }
}
