package dev.careshop.adapter.persistence.clinic.access;

import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.domain.shop.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.Immutable;

/**
 * One row of the patient access trail (V5). Written once, never changed: {@code @Immutable}, and inserted with
 * {@code persist}, so a new row costs its INSERT and no merge look-up.
 */
@Entity
@Table(name = "patient_access_log")
@Immutable
@Getter
@Setter
public class PatientAccessLogJpaEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID patientId;

    @Column(nullable = false)
    private UUID actorId;

    @Column(nullable = false, length = 50)
    private String actorUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Role actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PatientAccessAction action;

    private UUID resourceId;

    @Column(nullable = false)
    private Instant occurredAt;
}
