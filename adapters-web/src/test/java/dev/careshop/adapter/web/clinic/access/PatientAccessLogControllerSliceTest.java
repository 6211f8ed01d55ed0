package dev.careshop.adapter.web.clinic.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.clinic.access.port.in.ListPatientAccessLogUseCase;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(PatientAccessLogController.class)
class PatientAccessLogControllerSliceTest extends WebSlice {

    private static final UUID PATIENT = UUID.fromString("0196a3c5-1a2b-7c3d-8e4f-5a6b7c8d9e0f");
    private static final String ACCESS_LOG = "/api/patients/" + PATIENT + "/access-log";

    @MockitoBean ListPatientAccessLogUseCase listAccessLog;

    @Test
    void anEntryIsAnsweredWithExactlyItsPropertiesAndTheInstantToTheMicrosecond() throws Exception {
        UUID entry = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        given(listAccessLog.list(eq(new PatientId(PATIENT)), any())).willReturn(pageOf(new PatientAccessEntry(entry,
                new PatientId(PATIENT), new Actor(new UserId(actor), new Username("nurse.joy"), Role.STAFF),
                PatientAccessAction.APPOINTMENT_READ, appointment, Instant.parse("2026-11-24T09:20:00.123456Z"))));

        MvcResult result = mvc.perform(get(ACCESS_LOG).param("page", "0").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(entry.toString()))
                .andExpect(jsonPath("$.content[0].patientId").value(PATIENT.toString()))
                .andExpect(jsonPath("$.content[0].actorId").value(actor.toString()))
                .andExpect(jsonPath("$.content[0].actorUsername").value("nurse.joy"))
                .andExpect(jsonPath("$.content[0].actorRole").value("STAFF"))
                .andExpect(jsonPath("$.content[0].action").value("APPOINTMENT_READ"))
                .andExpect(jsonPath("$.content[0].resourceId").value(appointment.toString()))
                .andExpect(jsonPath("$.content[0].occurredAt").value("2026-11-24T09:20:00.123456Z"))
                .andReturn();

        assertThat(properties(result, "/content/0")).containsExactlyInAnyOrder("id", "patientId", "actorId",
                "actorUsername", "actorRole", "action", "resourceId", "occurredAt");
        verify(listAccessLog).list(new PatientId(PATIENT), new PageRequest(0, 10, List.of()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"size, 101", "size, 0", "page, -1", "sort, 'occurredAt,asc'"})
    void badPagingIsA400NamingTheParameter(String parameter, String value) throws Exception {
        mvc.perform(get(ACCESS_LOG).param(parameter, value)).andExpect(invalid(parameter));
        verifyNoInteractions(listAccessLog);
    }

    @Test
    void aPatientIdThatIsNotAUuidIsA400NamingIt() throws Exception {
        mvc.perform(get("/api/patients/not-a-uuid/access-log")).andExpect(invalid("id"));
    }

    @Test
    void anUnknownPatientIsA404() throws Exception {
        given(listAccessLog.list(eq(new PatientId(PATIENT)), any())).willThrow(new NotFoundException("Patient", PATIENT));

        mvc.perform(get(ACCESS_LOG)).andExpect(problem(404, "not-found"));
    }
}
