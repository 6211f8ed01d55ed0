package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.Json.instant;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.Json.version;
import static dev.careshop.bootstrap.support.ProblemExpectations.assertNoLeak;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.StartGate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Many clients book at the same instant, over the real port, so that the bookings really run in parallel
 * transactions: the database's exclusion constraint must let exactly one of them through.
 */
class AppointmentConcurrencyTest extends HttpTest {

    private static final int THREADS = 20;
    private static final Instant BASE = Instant.parse("2039-03-07T00:00:00Z");
    private static final AtomicInteger WEEKS = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static Instant freshWeek() {
        return BASE.plus(7L * WEEKS.getAndIncrement(), DAYS);
    }

    private record Outcome(int status, String contentType, String body) {
    }

    private record Slot(Instant startsAt, int minutes) {
    }

    private Outcome send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private HttpRequest booking(UUID patientId, UUID doctorId, Slot slot) {
        String json = """
                {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": %d, "reason": "Race"}
                """.formatted(patientId, doctorId, slot.startsAt(), slot.minutes());
        return postOnThePort("/api/appointments", json);
    }

    /** Sends every request at once: each on its own thread, all released by one start gate. */
    private List<Outcome> race(List<HttpRequest> requests) throws Exception {
        assertThat(requests).hasSizeGreaterThanOrEqualTo(16);
        return StartGate.runAtOnce(requests.stream().<Callable<Outcome>>map(request -> () -> send(request)).toList());
    }

    /** Exactly one 201; every other answer a 409 problem. Answers the winner's body. */
    private static String assertExactlyOneWinner(List<Outcome> outcomes) {
        outcomes.forEach(outcome -> assertNoLeak(outcome.body()));
        List<Outcome> created = outcomes.stream().filter(outcome -> outcome.status() == 201).toList();
        List<Outcome> others = outcomes.stream().filter(outcome -> outcome.status() != 201).toList();
        assertThat(created).as("201 answers among %s", outcomes).hasSize(1);
        assertThat(others).as("the losers").hasSize(outcomes.size() - 1).allSatisfy(AppointmentConcurrencyTest::assertConflict);
        return created.get(0).body();
    }

    /** A 409 conflict problem with all its members. */
    private static void assertConflict(Outcome loser) {
        assertThat(loser.status()).as("status of %s", loser).isEqualTo(409);
        assertThat(loser.contentType()).as("content type of %s", loser).startsWith("application/problem+json");
        assertThat((Integer) read(loser.body(), "$.status")).isEqualTo(409);
        assertThat((String) read(loser.body(), "$.type")).endsWith("conflict");
        assertThat((String) read(loser.body(), "$.title")).isNotBlank();
        assertThat((String) read(loser.body(), "$.detail")).isNotBlank();
    }

    /** The doctor's appointments starting in [from, to), read over HTTP. */
    private String listed(UUID doctorId, Instant from, Instant to) throws Exception {
        Outcome outcome = send(onThePort("/api/appointments?doctorId=" + doctorId + "&from=" + from + "&to=" + to + "&size=100")
                .GET().timeout(Duration.ofSeconds(30)).build());
        assertThat(outcome.status()).isEqualTo(200);
        assertNoLeak(outcome.body());
        return outcome.body();
    }

    private List<UUID> patients(int count) throws Exception {
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            patients.add(clinic().patient());
        }
        return patients;
    }

    @Nested
    class SameSlot {

        @Test
        void exactlyOneOfManyIdenticalBookingsWinsInEveryRound() throws Exception {
            UUID doctor = clinic().doctor();
            Instant week = freshWeek();
            List<String> winners = new ArrayList<>();

            for (int round = 0; round < 3; round++) {
                Slot slot = new Slot(week.plus(round, DAYS).plus(9 + round, HOURS), 30);
                List<UUID> patients = patients(THREADS);
                List<HttpRequest> requests = IntStream.range(0, THREADS)
                        .mapToObj(i -> booking(patients.get(i), doctor, slot))
                        .toList();

                String winner = assertExactlyOneWinner(race(requests));

                String winnerId = read(winner, "$.id");
                assertThat(instant(winner, "$.startsAt")).isEqualTo(slot.startsAt());
                assertThat((String) read(winner, "$.status")).isEqualTo("BOOKED");
                String day = listed(doctor, slot.startsAt().minus(1, HOURS), slot.startsAt().plus(1, HOURS));
                assertThat((Integer) read(day, "$.page.totalElements")).as("round %d", round).isEqualTo(1);
                assertThat((String) read(day, "$.content[0].id")).isEqualTo(winnerId);
                assertThat(patients).contains(UUID.fromString(read(day, "$.content[0].patientId")));
                winners.add(winnerId);
            }

            String all = listed(doctor, week, week.plus(7, DAYS));
            assertThat((Integer) read(all, "$.page.totalElements")).isEqualTo(3);
            assertThat((List<String>) read(all, "$.content[*].id")).containsExactlyInAnyOrderElementsOf(winners);
        }

        @Test
        void exactlyOneWinsWhenTheSamePatientSendsTheBookingManyTimes() throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Slot slot = new Slot(freshWeek().plus(14, HOURS), 45);
            List<HttpRequest> requests = IntStream.range(0, THREADS).mapToObj(i -> booking(patient, doctor, slot)).toList();

            String winner = assertExactlyOneWinner(race(requests));

            String listed = listed(doctor, slot.startsAt().minus(1, DAYS), slot.startsAt().plus(1, DAYS));
            assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(1);
            assertThat((String) read(listed, "$.content[0].id")).isEqualTo(read(winner, "$.id"));
        }
    }

    @Nested
    class OverlappingSlots {

        @Test
        void exactlyOneOfManyOverlappingButDifferentBookingsWins() throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            // starts 09:00, 09:01, ... 09:19 and lasts 30 to 60 minutes: every pair overlaps
            List<Slot> slots = IntStream.range(0, THREADS)
                    .mapToObj(i -> new Slot(nine.plus(i, MINUTES), 30 + (i % 4) * 10))
                    .toList();
            List<UUID> patients = patients(THREADS);
            List<HttpRequest> requests = IntStream.range(0, THREADS)
                    .mapToObj(i -> booking(patients.get(i), doctor, slots.get(i)))
                    .toList();

            String winner = assertExactlyOneWinner(race(requests));

            Instant winnerStart = instant(winner, "$.startsAt");
            assertThat(slots).extracting(Slot::startsAt).contains(winnerStart);
            String listed = listed(doctor, nine.minus(1, DAYS), nine.plus(1, DAYS));
            assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(1);
            assertThat((String) read(listed, "$.content[0].id")).isEqualTo(read(winner, "$.id"));
        }

        @Test
        void exactlyOneWinsAmongPartialOverlapsAndContainment() throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            // partial overlaps and containment: every slot covers 09:29-09:30, so each pair overlaps
            List<Slot> pattern = List.of(
                    new Slot(nine, 30),
                    new Slot(nine.plus(15, MINUTES), 30),
                    new Slot(nine.plus(20, MINUTES), 30),
                    new Slot(nine.plus(25, MINUTES), 10),
                    new Slot(nine.minus(15, MINUTES), 60),
                    new Slot(nine.plus(26, MINUTES), 5),
                    new Slot(nine.minus(60, MINUTES), 120),
                    new Slot(nine.plus(29, MINUTES), 30));
            List<Slot> slots = IntStream.range(0, THREADS).mapToObj(i -> pattern.get(i % pattern.size())).toList();
            for (Slot a : slots) {
                for (Slot b : slots) {
                    assertThat(overlap(a, b)).as("%s overlaps %s", a, b).isTrue();
                }
            }
            List<UUID> patients = patients(THREADS);
            List<HttpRequest> requests = IntStream.range(0, THREADS)
                    .mapToObj(i -> booking(patients.get(i), doctor, slots.get(i)))
                    .toList();

            String winner = assertExactlyOneWinner(race(requests));

            String listed = listed(doctor, nine.minus(1, DAYS), nine.plus(1, DAYS));
            assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(1);
            assertThat((String) read(listed, "$.content[0].id")).isEqualTo(read(winner, "$.id"));
        }

        private static boolean overlap(Slot a, Slot b) {
            Instant aEnd = a.startsAt().plus(a.minutes(), MINUTES);
            Instant bEnd = b.startsAt().plus(b.minutes(), MINUTES);
            return a.startsAt().isBefore(bEnd) && b.startsAt().isBefore(aEnd);
        }
    }

    @Nested
    class StatusRace {

        @Test
        void exactlyOneOfManyConcurrentCancellationsWins() throws Exception {
            UUID appointment = clinic().appointment(clinic().patient(), clinic().doctor(), freshWeek().plus(9, HOURS), 30);
            HttpRequest cancel = postOnThePort("/api/appointments/" + appointment + "/status", "{\"status\": \"CANCELLED\"}");
            Outcome before = send(onThePort("/api/appointments/" + appointment).GET().build());
            long versionBefore = version(before.body());

            List<Outcome> outcomes = race(nCopies(THREADS, cancel));

            outcomes.forEach(outcome -> assertNoLeak(outcome.body()));
            assertThat(outcomes).filteredOn(outcome -> outcome.status() == 200).as("200 answers among %s", outcomes).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome.status() != 200).allSatisfy(AppointmentConcurrencyTest::assertConflict);
            Outcome after = send(onThePort("/api/appointments/" + appointment).GET().build());
            assertThat((String) read(after.body(), "$.status")).isEqualTo("CANCELLED");
            assertThat(version(after.body())).isEqualTo(versionBefore + 1);
        }
    }

    @Nested
    class NoFalseConflicts {

        @Test
        void manyDoctorsBookedAtTheSameInstantAllSucceed() throws Exception {
            Slot slot = new Slot(freshWeek().plus(9, HOURS), 30);
            List<UUID> patients = patients(THREADS);
            List<UUID> doctors = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                doctors.add(clinic().doctor());
            }
            List<HttpRequest> requests = IntStream.range(0, THREADS)
                    .mapToObj(i -> booking(patients.get(i), doctors.get(i), slot))
                    .toList();

            List<Outcome> outcomes = race(requests);

            outcomes.forEach(outcome -> assertNoLeak(outcome.body()));
            assertThat(outcomes).extracting(Outcome::status).containsOnly(201);
            for (UUID doctor : doctors) {
                String listed = listed(doctor, slot.startsAt(), slot.startsAt().plus(1, MINUTES));
                assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(1);
            }
        }

        @Test
        void backToBackSlotsBookedAtOnceAllSucceed() throws Exception {
            UUID doctor = clinic().doctor();
            Instant eight = freshWeek().plus(8, HOURS);
            // 20 consecutive 15-minute slots, 08:00 to 13:00, touching but never overlapping
            List<Slot> slots = IntStream.range(0, THREADS).mapToObj(i -> new Slot(eight.plus(15L * i, MINUTES), 15)).toList();
            List<UUID> patients = patients(THREADS);
            List<HttpRequest> requests = IntStream.range(0, THREADS)
                    .mapToObj(i -> booking(patients.get(i), doctor, slots.get(i)))
                    .toList();

            List<Outcome> outcomes = race(requests);

            outcomes.forEach(outcome -> assertNoLeak(outcome.body()));
            assertThat(outcomes).extracting(Outcome::status).containsOnly(201);
            String listed = listed(doctor, eight, eight.plus(1, DAYS));
            assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(THREADS);
        }
    }
}
