package dev.careshop.adapter.web.clinic.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(PrescriptionController.class)
class PrescriptionControllerSliceTest extends WebSlice {

    private static final UUID APPOINTMENT = UUID.fromString("0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f");
    private static final UUID ID = UUID.fromString("0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a");
    private static final String PRESCRIPTIONS = "/api/appointments/" + APPOINTMENT + "/prescriptions";
    private static final Body VALID = body("""
            {"medicineName": "Amoxicillin", "dosage": "500 mg three times a day", "instructions": "Take with food"}""");

    @MockitoBean WritePrescriptionUseCase writePrescription;
    @MockitoBean GetPrescriptionUseCase getPrescription;
    @MockitoBean RemovePrescriptionUseCase removePrescription;

    private static Prescription amoxicillin() {
        return new Prescription(new PrescriptionId(ID),
                new PrescriptionDetails("Amoxicillin", "500 mg three times a day", "Take with food"), NOW);
    }

    @Test
    void aWrittenPrescriptionIsAnsweredWithExactlyItsPropertiesAndALocation() throws Exception {
        given(writePrescription.write(any())).willReturn(amoxicillin());

        MvcResult result = mvc.perform(postJson(PRESCRIPTIONS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + PRESCRIPTIONS + "/" + ID))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("id", "medicineName", "dosage", "instructions", "createdAt");
        assertThat(node(result, "/id").asString()).isEqualTo(ID.toString());
        assertThat(node(result, "/createdAt").asString()).isEqualTo("2026-11-21T10:15:30Z");
        verify(writePrescription).write(new WritePrescriptionCommand(new AppointmentId(APPOINTMENT),
                new PrescriptionDetails("Amoxicillin", "500 mg three times a day", "Take with food")));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidPrescriptionIsA400NamingTheFieldAndReachesNoUseCase() {
        return eachInvalidBody(cases(invalidRequiredText(VALID, "medicineName", 100),
                invalidRequiredText(VALID, "dosage", 50), invalidOptionalText(VALID, "instructions", 2000),
                refusedProperties(VALID, "refills", "createdAt", "id")),
                List.of(body -> postJson(PRESCRIPTIONS, body)), writePrescription);
    }

    @Test
    void anAppointmentIdThatIsNotAUuidIsA400NamingIt() throws Exception {
        mvc.perform(postJson("/api/appointments/42/prescriptions", VALID)).andExpect(invalid("appointmentId"));
    }
}
