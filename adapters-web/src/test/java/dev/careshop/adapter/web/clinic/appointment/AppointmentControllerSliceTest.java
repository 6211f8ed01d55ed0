package dev.careshop.adapter.web.clinic.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(AppointmentController.class)
class AppointmentControllerSliceTest extends WebSlice {

    private static final String APPOINTMENTS = "/api/appointments";
    private static final UUID ID = UUID.fromString("0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f");
    private static final UUID PATIENT = UUID.fromString("0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10");
    private static final UUID DOCTOR = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final UUID PRESCRIPTION = UUID.fromString("0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a");
    private static final Instant STARTS = Instant.parse("2026-11-24T09:00:00Z");
    private static final Body VALID = body("""
            {"patientId": "%s", "doctorId": "%s", "startsAt": "2026-11-24T09:00:00Z", "durationMinutes": 45,
             "reason": "Persistent cough"}""".formatted(PATIENT, DOCTOR));

    @MockitoBean BookAppointmentUseCase bookAppointment;
    @MockitoBean GetAppointmentUseCase getAppointment;
    @MockitoBean ListAppointmentsUseCase listAppointments;
    @MockitoBean DeleteAppointmentUseCase deleteAppointment;
    @MockitoBean ChangeAppointmentStatusUseCase changeStatus;

    static Appointment appointment(AppointmentStatus status, long version) {
        Prescription prescription = new Prescription(new PrescriptionId(PRESCRIPTION),
                new PrescriptionDetails("Amoxicillin", "500 mg", "With food"), NOW);
        return Appointment.rehydrate(new AppointmentId(ID), new PatientId(PATIENT), new DoctorId(DOCTOR),
                new TimeSlot(STARTS, 45), "Persistent cough", status, List.of(prescription), NOW, NOW, version);
    }

    @Test
    void aBookedAppointmentIsAnsweredWithExactlyItsPropertiesAnETagAndALocation() throws Exception {
        given(bookAppointment.book(any())).willReturn(appointment(AppointmentStatus.BOOKED, 0));

        MvcResult result = mvc.perform(postJson(APPOINTMENTS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/appointments/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.patientId").value(PATIENT.toString()))
                .andExpect(jsonPath("$.doctorId").value(DOCTOR.toString()))
                .andExpect(jsonPath("$.startsAt").value("2026-11-24T09:00:00Z"))
                .andExpect(jsonPath("$.endsAt").value("2026-11-24T09:45:00Z"))
                .andExpect(jsonPath("$.durationMinutes").value(45))
                .andExpect(jsonPath("$.status").value("BOOKED"))
                .andExpect(jsonPath("$.prescriptions[0].id").value(PRESCRIPTION.toString()))
                .andExpect(jsonPath("$.prescriptions[0].createdAt").value("2026-11-21T10:15:30Z"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("id", "patientId", "doctorId", "startsAt", "endsAt",
                "durationMinutes", "reason", "status", "prescriptions", "createdAt", "updatedAt", "version");
        assertThat(properties(result, "/prescriptions/0"))
                .containsExactlyInAnyOrder("id", "medicineName", "dosage", "instructions", "createdAt");
    }

    @Test
    void bookingHandsTheUseCaseTheIdsTheSlotAndTheReasonWith30MinutesByDefault() throws Exception {
        given(bookAppointment.book(any())).willReturn(appointment(AppointmentStatus.BOOKED, 0));

        mvc.perform(postJson(APPOINTMENTS, VALID.remove("durationMinutes"))).andExpect(status().isCreated());

        ArgumentCaptor<BookAppointmentCommand> command = ArgumentCaptor.forClass(BookAppointmentCommand.class);
        verify(bookAppointment).book(command.capture());
        assertThat(command.getValue()).isEqualTo(new BookAppointmentCommand(new PatientId(PATIENT), new DoctorId(DOCTOR),
                new TimeSlot(STARTS, 30), "Persistent cough"));
    }

    static Stream<Arguments> invalidBodies() {
        Stream<Arguments> missing = Stream.of("patientId", "doctorId", "startsAt").map(field -> Arguments.of(VALID.remove(field), field));
        return cases(missing,
                invalidValues(VALID, "patientId", "null", "\"not-a-uuid\""),
                invalidValues(VALID, "doctorId", "42"),
                invalidValues(VALID, "durationMinutes", "4", "481", "0", "-30", "30.5", "\"30\"", "4294967326"),
                invalidValues(VALID, "reason", "\"" + "r".repeat(501) + "\"", "42"),
                invalidValues(VALID, "startsAt", "\"next Monday at nine\"", "\"2031-01-06\"", "\"2031-13-45T09:00:00Z\""),
                invalidValues(VALID, "colour", "\"blue\""),
                invalidValues(VALID, "status", "\"FULFILLED\""),
                invalidValues(VALID, "endsAt", "\"2026-11-24T09:00:00Z\""));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidBookingIsA400NamingTheFieldAndReachesNoUseCase() {
        return eachInvalidBody(invalidBodies(),
                List.of(body -> postJson(APPOINTMENTS, body)), bookAppointment);
    }

    @Test
    void aStatusChangeHandsTheUseCaseTheIdAndTheStatusAndAnswersTheNewVersion() throws Exception {
        given(changeStatus.changeStatus(any())).willReturn(appointment(AppointmentStatus.ARRIVED, 1));

        mvc.perform(postJson(APPOINTMENTS + "/" + ID + "/status", "{\"status\": \"ARRIVED\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.status").value("ARRIVED"));

        verify(changeStatus).changeStatus(new ChangeAppointmentStatusCommand(new AppointmentId(ID), AppointmentStatus.ARRIVED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"status\": \"DONE\"}", "{\"status\": \"\"}", "{\"status\": 3}", "{\"status\": [\"ARRIVED\"]}",
            "{\"status\": null}", "{}"})
    void anInvalidOrMissingStatusIsA400NamingStatus(String json) throws Exception {
        mvc.perform(postJson(APPOINTMENTS + "/" + ID + "/status", json)).andExpect(invalid("status"));
        verifyNoInteractions(changeStatus);
    }

    @Test
    void anUnknownPropertyOrAMalformedStatusBodyIsA400() throws Exception {
        mvc.perform(postJson(APPOINTMENTS + "/" + ID + "/status", "{\"status\": \"ARRIVED\", \"note\": \"late\"}"))
                .andExpect(invalid("note"));
        mvc.perform(postJson(APPOINTMENTS + "/" + ID + "/status", "{\"status\": ")).andExpect(invalid("body"));
        verifyNoInteractions(changeStatus);
    }

    @Test
    void theListPassesEveryFilterToTheUseCase() throws Exception {
        given(listAppointments.list(any(), any())).willReturn(pageOf(appointment(AppointmentStatus.BOOKED, 0)));

        mvc.perform(get(APPOINTMENTS).param("patientId", PATIENT.toString()).param("doctorId", DOCTOR.toString())
                        .param("status", "BOOKED").param("from", "2026-11-01T00:00:00Z").param("to", "2026-12-01T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(ID.toString()));

        verify(listAppointments).list(org.mockito.ArgumentMatchers.eq(new AppointmentSearch(new PatientId(PATIENT),
                new DoctorId(DOCTOR), AppointmentStatus.BOOKED, Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"))), any());
    }

    @ParameterizedTest(name = "from {0}, to {1}")
    @CsvSource({
            "2031-03-01T10:00:00Z, 2031-03-01T10:00:00Z",
            "2031-03-01T10:00:01Z, 2031-03-01T10:00:00Z",
            "2031-04-01T00:00:00Z, 2031-03-01T00:00:00Z"})
    void fromNotBeforeToIsA400NamingOneOfThem(String from, String to) throws Exception {
        mvc.perform(get(APPOINTMENTS).param("from", from).param("to", to))
                .andExpect(problem(400, "invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is("from"), org.hamcrest.Matchers.is("to"))));
        verifyNoInteractions(listAppointments);
    }

    @Test
    void anIdThatIsNotAUuidIsA400NamingIt() throws Exception {
        mvc.perform(postJson(APPOINTMENTS + "/not-a-uuid/status", "{\"status\": \"ARRIVED\"}")).andExpect(invalid("id"));
        mvc.perform(get(APPOINTMENTS + "/not-a-uuid")).andExpect(invalid("id"));
        verifyNoInteractions(changeStatus, getAppointment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "patientId | not-a-uuid", "doctorId | 12345", "status | DONE", "status | booked-ish", "status | 3",
            "from | yesterday", "to | 2031-01-06"})
    void anInvalidQueryParameterIsA400NamingIt(String parameter, String value) throws Exception {
        mvc.perform(get(APPOINTMENTS).param(parameter, value)).andExpect(invalid(parameter));
        verifyNoInteractions(listAppointments);
    }
}
