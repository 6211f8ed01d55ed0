package dev.careshop.adapter.persistence.clinic.patient;

import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.DoctorSummary;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.PrescriptionLine;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.Visit;
import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;
import dev.careshop.domain.clinic.patient.PatientId;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a patient's history with a single statement: patient, appointments, doctors and prescriptions outer-joined,
 * newest appointment first, then folded into the read model. No lazy association is ever touched.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PatientHistoryPersistenceAdapter implements PatientHistoryQuery {

    private static final String HISTORY = """
            select new dev.careshop.adapter.persistence.clinic.patient.PatientHistoryRow(
                p.id, p.name, p.birthDate,
                a.id, a.startsAt, a.endsAt, a.durationMinutes, a.status, a.reason,
                d.id, d.name, d.specialization,
                rx.id, rx.medicineName, rx.dosage, rx.instructions, rx.createdAt)
            from PatientJpaEntity p
            left join AppointmentJpaEntity a on a.patientId = p.id
            left join DoctorJpaEntity d on d.id = a.doctorId
            left join PrescriptionJpaEntity rx on rx.appointment = a
            where p.id = :patientId
            order by a.startsAt desc nulls last, a.id, rx.createdAt, rx.id
            """;

    private final EntityManager entityManager;

    PatientHistoryPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<PatientHistory> historyOf(PatientId id) {
        List<PatientHistoryRow> rows = entityManager.createQuery(HISTORY, PatientHistoryRow.class)
                .setParameter("patientId", id.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PatientHistoryRow first = rows.get(0);
        return Optional.of(new PatientHistory(id, first.patientName(), first.birthDate(), visits(rows)));
    }

    private static List<Visit> visits(List<PatientHistoryRow> rows) {
        Map<UUID, List<PatientHistoryRow>> rowsByAppointment = new LinkedHashMap<>();
        for (PatientHistoryRow row : rows) {
            if (row.appointmentId() != null) {
                rowsByAppointment.computeIfAbsent(row.appointmentId(), key -> new ArrayList<>()).add(row);
            }
        }
        return rowsByAppointment.values().stream().map(PatientHistoryPersistenceAdapter::visit).toList();
    }

    private static Visit visit(List<PatientHistoryRow> rows) {
        PatientHistoryRow row = rows.get(0);
        List<PrescriptionLine> prescriptions = rows.stream()
                .filter(r -> r.prescriptionId() != null)
                .map(r -> new PrescriptionLine(r.prescriptionId(), r.medicineName(), r.dosage(), r.instructions(), r.prescribedAt()))
                .toList();
        return new Visit(row.appointmentId(), row.startsAt(), row.endsAt(), row.durationMinutes(), row.status(), row.reason(),
                new DoctorSummary(row.doctorId(), row.doctorName(), row.specialization()), prescriptions);
    }
}
