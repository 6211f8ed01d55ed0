package dev.careshop.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.demo.DemoPlan.AppointmentPlan;
import dev.careshop.bootstrap.demo.DemoPlan.OrderAction;
import dev.careshop.bootstrap.demo.DemoPlan.OrderPlan;
import dev.careshop.bootstrap.demo.DemoPlan.Step;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.shop.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final DemoPlan plan = DemoPlan.create(DemoPlan.DEFAULT_SEED, NOW);

    @Test
    void theSameSeedAndTimeGiveTheSamePlan() {
        assertThat(DemoPlan.create(DemoPlan.DEFAULT_SEED, NOW)).isEqualTo(plan);
        assertThat(DemoPlan.create(DemoPlan.DEFAULT_SEED + 1, NOW)).isNotEqualTo(plan);
    }

    @Test
    void aClinicOfSeveralSpecializationsWithHundredsOfPatients() {
        assertThat(plan.doctors()).hasSize(12);
        assertThat(plan.doctors().stream().map(DemoPlan.DoctorPlan::specialization).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(plan.patients()).hasSize(DemoPlan.PATIENTS);
        assertThat(plan.appointments().size()).isGreaterThan(2 * DemoPlan.PATIENTS);
        assertThat(plan.appointmentsByStatus().keySet()).containsExactlyInAnyOrder(AppointmentStatus.values());
        assertThat(plan.appointments()).anySatisfy(a -> assertThat(a.prescriptions()).isNotEmpty());
    }

    @Test
    void everyAppointmentFollowsTheRulesOfItsUseCases() {
        Map<Integer, List<AppointmentPlan>> byDoctor = new HashMap<>();
        for (AppointmentPlan appointment : plan.appointments()) {
            Instant registered = plan.patients().get(appointment.patient()).registeredAt();
            assertThat(appointment.bookedAt()).isAfter(registered).isBefore(NOW);
            assertThat(plan.patients().get(appointment.patient()).birthDate()).isBefore(registered.atZone(java.time.ZoneOffset.UTC).toLocalDate());
            assertInOrder(appointment.bookedAt(), appointment.steps().stream().map(Step::at).toList());
            appointment.prescriptions().forEach(p -> {
                assertThat(appointment.finalStatus()).isEqualTo(AppointmentStatus.FULFILLED);
                assertThat(p.writtenAt()).isAfter(appointment.startsAt().minus(Duration.ofMinutes(15)));
            });
            if (appointment.startsAt().isAfter(NOW)) {
                assertThat(appointment.finalStatus()).isIn(AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED);
            }
            byDoctor.computeIfAbsent(appointment.doctor(), d -> new ArrayList<>()).add(appointment);
        }
        byDoctor.values().forEach(appointments -> {
            Set<Instant> starts = new HashSet<>();
            appointments.forEach(a -> {
                assertThat(a.durationMinutes()).isLessThanOrEqualTo(30);
                assertThat(starts.add(a.startsAt())).as("a doctor's slot is booked once").isTrue();
            });
        });
    }

    @Test
    void ordersInEveryStatusOverTheLastEighteenMonths() {
        assertThat(plan.customers()).hasSize(DemoPlan.CUSTOMERS + 1);
        assertThat(plan.customers().stream().map(DemoPlan.CustomerPlan::username).distinct().count())
                .isEqualTo(plan.customers().size());
        assertThat(plan.orders().size()).isGreaterThan(200);
        assertThat(plan.ordersByStatus().keySet()).containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(plan.orders()).anySatisfy(o -> assertThat(o.steps().stream().map(Step::status)).contains(OrderAction.DECLINED_PAYMENT));

        Instant oldest = plan.orders().get(0).placedAt();
        Instant newest = plan.orders().get(plan.orders().size() - 1).placedAt();
        assertThat(oldest).isBefore(NOW.minus(Duration.ofDays(500)));
        assertThat(newest).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(1)));
        for (OrderPlan order : plan.orders()) {
            assertThat(order.placedAt()).isAfter(plan.customers().get(order.customer()).registeredAt());
            assertInOrder(order.placedAt(), order.steps().stream().map(Step::at).toList());
        }
    }

    @Test
    void theStockSufficesForEveryOrderAndAFewProductsEndNearlySoldOut() {
        int[] sold = new int[plan.products().size()];
        for (OrderPlan order : plan.orders()) {
            if (order.finalStatus() != OrderStatus.CANCELLED) {
                order.items().forEach(item -> sold[item.product()] += item.quantity());
            }
        }
        int nearlySoldOut = 0;
        for (int p = 0; p < sold.length; p++) {
            int left = plan.products().get(p).initialStock() - sold[p];
            assertThat(left).isGreaterThanOrEqualTo(DemoPlan.ORDERS_AT_ONCE * DemoPlan.MAX_ITEM_QUANTITY);
            nearlySoldOut += left < 12 ? 1 : 0;
        }
        assertThat(plan.products()).hasSize(44);
        assertThat(nearlySoldOut).isBetween(3, 10);
    }

    /** Every step after the previous one, and none after "now". */
    private static void assertInOrder(Instant created, List<Instant> steps) {
        Instant previous = created;
        for (Instant step : steps) {
            assertThat(step).isAfter(previous).isBefore(NOW);
            previous = step;
        }
    }
}
