package dev.careshop.bootstrap.demo;

import dev.careshop.bootstrap.demo.DemoDataset.Medicine;
import dev.careshop.bootstrap.demo.DemoDataset.Specialization;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.PaymentMethod;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * What the demo data will be, decided before anything is stored: every name, date and status drawn from one seeded
 * {@link Random}, relative to {@code now}, so the same seed and "now" always give the same plan (and a plan can be
 * tested without a database). Every instant is in the past except the start of upcoming appointments, and each
 * record's steps are in time order after its creation, so the use cases, run at those instants, accept them.
 */
record DemoPlan(Instant now, Instant openedAt, List<DoctorPlan> doctors, List<PatientPlan> patients,
                List<AppointmentPlan> appointments, List<ProductPlan> products, List<CustomerPlan> customers,
                List<OrderPlan> orders) {

    static final long DEFAULT_SEED = 20_261_206L;
    static final String DEMO_CUSTOMER = "demo.customer";
    static final String DEMO_STAFF = "demo.staff";
    static final String DEMO_PASSWORD = "careshop-demo";

    static final int PATIENTS = 300;
    static final int CUSTOMERS = 30;
    /** How far back the orders go (the reports' default window is 12 months). */
    static final int ORDER_MONTHS = 18;
    /** How far back appointments go, and how far ahead they are booked. */
    static final int CLINIC_DAYS_BACK = 270;
    static final int CLINIC_DAYS_AHEAD = 21;
    static final int MAX_ITEM_QUANTITY = 3;
    /** How many orders the seeding may have in flight at once (see {@link DemoSteps#THREADS}). */
    static final int ORDERS_AT_ONCE = DemoSteps.THREADS;

    record DoctorPlan(String name, String specialization, String email) {
    }

    record PatientPlan(String name, LocalDate birthDate, Gender gender, String email, String phone, Instant registeredAt) {
    }

    record PrescriptionPlan(Medicine medicine, Instant writtenAt) {
    }

    /** A status change and when it happens. */
    record Step<S>(S status, Instant at) {
    }

    record AppointmentPlan(int patient, int doctor, Instant startsAt, int durationMinutes, String reason,
                           Instant bookedAt, List<Step<AppointmentStatus>> steps, List<PrescriptionPlan> prescriptions) {

        AppointmentStatus finalStatus() {
            return steps.isEmpty() ? AppointmentStatus.BOOKED : steps.get(steps.size() - 1).status();
        }
    }

    record ProductPlan(String name, String description, BigDecimal price, int category, int initialStock) {
    }

    record CustomerPlan(String username, String email, String fullName, Instant registeredAt, DemoDataset.City city,
                        String line1, boolean deactivated) {
    }

    record Item(int product, int quantity) {
    }

    /** What happens to an order after it is placed: payment attempts, then the transitions. */
    enum OrderAction { DECLINED_PAYMENT, PAYMENT, SHIP, DELIVER, CANCEL }

    record OrderPlan(int customer, Instant placedAt, List<Item> items, String notes, List<String> tags,
                     PaymentMethod method, List<Step<OrderAction>> steps, OrderStatus finalStatus) {
    }

    static DemoPlan create(long seed, Instant now) {
        return new Planner(new Random(seed), now.truncatedTo(ChronoUnit.SECONDS)).plan();
    }

    /** How many appointments end in each status, for the log and the tests. */
    Map<AppointmentStatus, Integer> appointmentsByStatus() {
        return countBy(appointments, AppointmentPlan::finalStatus);
    }

    /** How many orders end in each status, for the log and the tests. */
    Map<OrderStatus, Integer> ordersByStatus() {
        return countBy(orders, OrderPlan::finalStatus);
    }

    /** In the order each key first appears. */
    private static <T, K> Map<K, Integer> countBy(List<T> items, Function<T, K> key) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
        return counts;
    }

    private static final class Planner {

        private final Random random;
        private final Instant now;
        /** The latest instant a step may take: a little before "now", so nothing is dated in the future. */
        private final Instant latest;
        private final Set<String> usedNames = new HashSet<>();

        Planner(Random random, Instant now) {
            this.random = random;
            this.now = now;
            this.latest = now.minus(Duration.ofMinutes(1));
        }

        DemoPlan plan() {
            Instant openedAt = now.minus(Duration.ofDays(ORDER_MONTHS * 31L + 60));
            List<DoctorPlan> doctors = DemoDataset.DOCTORS.stream()
                    .map(d -> new DoctorPlan(d.name(), d.specialization(), email(d.name().replace("Dr. ", ""), "clinic.careshop.invalid")))
                    .toList();
            List<PatientPlan> patients = new ArrayList<>();
            for (int i = 0; i < PATIENTS; i++) {
                patients.add(patient());
            }
            List<AppointmentPlan> appointments = appointments(patients, doctors);
            List<CustomerPlan> customers = customers(openedAt);
            List<OrderPlan> orders = orders(customers);
            List<ProductPlan> products = products(orders);
            return new DemoPlan(now, openedAt, doctors, patients, appointments, products, customers, orders);
        }

        // ---- clinic

        private PatientPlan patient() {
            int draw = random.nextInt(100);
            Gender gender = draw < 49 ? Gender.FEMALE : draw < 97 ? Gender.MALE : draw < 99 ? Gender.OTHER : Gender.UNKNOWN;
            String first = pick(switch (gender) {
                case FEMALE -> DemoDataset.FEMALE_NAMES;
                case MALE -> DemoDataset.MALE_NAMES;
                default -> DemoDataset.NEUTRAL_NAMES;
            });
            String name = first + " " + pick(DemoDataset.LAST_NAMES);
            Instant registeredAt = between(now.minus(Duration.ofDays(CLINIC_DAYS_BACK + 30)), now.minus(Duration.ofDays(3)));
            // Born before they were registered: the use case refuses a birth date after its "now".
            LocalDate birthDate = LocalDate.ofInstant(registeredAt, ZoneOffset.UTC).minusDays(30 + random.nextInt(90 * 365));
            String email = random.nextInt(10) < 7 ? email(name, "example.org") : null;
            String phone = random.nextInt(10) < 8 ? String.format(Locale.ROOT, "+44 7700 900%03d", random.nextInt(1000)) : null;
            return new PatientPlan(name, birthDate, gender, email, phone, registeredAt);
        }

        private List<AppointmentPlan> appointments(List<PatientPlan> patients, List<DoctorPlan> doctors) {
            Map<Integer, Set<Instant>> takenSlots = new HashMap<>();
            List<AppointmentPlan> appointments = new ArrayList<>();
            for (int p = 0; p < patients.size(); p++) {
                PatientPlan patient = patients.get(p);
                int count = weighted(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, new int[] {8, 15, 20, 20, 15, 10, 7, 5});
                for (int i = 0; i < count; i++) {
                    int doctor = doctorFor(patient, doctors);
                    Instant startsAt = freeSlot(doctor, patient.registeredAt(), takenSlots);
                    if (startsAt != null) {
                        appointments.add(appointment(p, doctor, doctors.get(doctor), patient.registeredAt(), startsAt));
                    }
                }
            }
            appointments.sort(Comparator.comparing(AppointmentPlan::bookedAt));
            return appointments;
        }

        private int doctorFor(PatientPlan patient, List<DoctorPlan> doctors) {
            boolean child = patient.birthDate().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(16));
            String wanted = child ? DemoDataset.PEDIATRICS
                    : random.nextInt(2) == 0 ? DemoDataset.GENERAL_PRACTICE : null;
            List<Integer> candidates = new ArrayList<>();
            for (int d = 0; d < doctors.size(); d++) {
                String specialization = doctors.get(d).specialization();
                boolean fits = wanted != null ? specialization.equals(wanted)
                        : !specialization.equals(DemoDataset.PEDIATRICS) && !specialization.equals(DemoDataset.GENERAL_PRACTICE);
                if (fits) {
                    candidates.add(d);
                }
            }
            return pick(candidates);
        }

        /** A half-hour slot on a weekday, 08:00 to 16:30 UTC, after the patient registered, that the doctor has free. */
        private Instant freeSlot(int doctor, Instant registeredAt, Map<Integer, Set<Instant>> takenSlots) {
            Instant from = registeredAt.plus(Duration.ofDays(1));
            Instant until = now.plus(Duration.ofDays(CLINIC_DAYS_AHEAD));
            for (int attempt = 0; attempt < 20; attempt++) {
                LocalDate day = LocalDate.ofInstant(between(from, until), ZoneOffset.UTC);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                Instant startsAt = day.atTime(8, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(30L * random.nextInt(18)));
                if (startsAt.isAfter(from) && takenSlots.computeIfAbsent(doctor, d -> new HashSet<>()).add(startsAt)) {
                    return startsAt;
                }
            }
            return null;
        }

        private AppointmentPlan appointment(int patient, int doctor, DoctorPlan doctorPlan, Instant registeredAt,
                                            Instant startsAt) {
            Specialization specialization = specialization(doctorPlan.specialization());
            int duration = pick(List.of(15, 20, 30, 30));
            Instant end = startsAt.plus(Duration.ofMinutes(duration));
            Instant bookedAt = max(registeredAt.plus(Duration.ofMinutes(5)),
                    startsAt.minus(Duration.ofHours(2 + random.nextInt(21 * 24))));
            bookedAt = min(bookedAt, latest.minus(Duration.ofMinutes(10)));
            List<Step<AppointmentStatus>> steps = new ArrayList<>();
            List<PrescriptionPlan> prescriptions = new ArrayList<>();
            int draw = random.nextInt(100);
            if (!end.isBefore(latest)) {
                // Upcoming (or under way): mostly still booked, some already cancelled.
                if (draw < 10) {
                    steps.add(new Step<>(AppointmentStatus.CANCELLED, between(bookedAt.plusSeconds(60), min(startsAt, latest))));
                }
            } else if (draw < 76) {
                Instant arrived = startsAt.minus(Duration.ofMinutes(random.nextInt(10)));
                steps.add(new Step<>(AppointmentStatus.ARRIVED, max(arrived, bookedAt.plusSeconds(60))));
                int written = weighted(new int[] {0, 1, 2}, new int[] {35, 45, 20});
                for (int i = 0; i < written; i++) {
                    prescriptions.add(new PrescriptionPlan(pick(specialization.medicines()),
                            end.minus(Duration.ofMinutes(5L - i))));
                }
                steps.add(new Step<>(AppointmentStatus.FULFILLED, end));
            } else if (draw < 88) {
                steps.add(new Step<>(AppointmentStatus.CANCELLED, between(bookedAt.plusSeconds(60), startsAt)));
            } else if (draw < 96) {
                steps.add(new Step<>(AppointmentStatus.NOSHOW, end));
            } else if (draw < 98) {
                // Arrived, but nobody closed the appointment.
                steps.add(new Step<>(AppointmentStatus.ARRIVED, startsAt.minus(Duration.ofMinutes(3))));
            }
            // else: booked, and its status was never updated
            return new AppointmentPlan(patient, doctor, startsAt, duration, pick(specialization.reasons()), bookedAt,
                    steps, prescriptions);
        }

        private static Specialization specialization(String name) {
            return DemoDataset.SPECIALIZATIONS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }

        // ---- shop

        private List<CustomerPlan> customers(Instant openedAt) {
            List<CustomerPlan> customers = new ArrayList<>();
            customers.add(new CustomerPlan(DEMO_CUSTOMER, "demo.customer@example.com", "Demo Customer",
                    now.minus(Duration.ofDays(ORDER_MONTHS * 31L)), DemoDataset.CITIES.get(0), "221B Baker Street", false));
            for (int i = 0; i < CUSTOMERS; i++) {
                String fullName = pick(random.nextBoolean() ? DemoDataset.FEMALE_NAMES : DemoDataset.MALE_NAMES)
                        + " " + pick(DemoDataset.LAST_NAMES);
                String username = uniqueUsername(fullName);
                // Most customers are long-standing; a few signed up in the last month.
                Instant registeredAt = i < 4
                        ? between(now.minus(Duration.ofDays(28)), now.minus(Duration.ofDays(2)))
                        : between(openedAt.plus(Duration.ofDays(30)), now.minus(Duration.ofDays(60)));
                String line1 = (1 + random.nextInt(180)) + " " + pick(DemoDataset.STREETS);
                customers.add(new CustomerPlan(username, username + "@example.com", fullName, registeredAt,
                        pick(DemoDataset.CITIES), line1, i == CUSTOMERS - 1 || i == CUSTOMERS - 2));
            }
            return customers;
        }

        private String uniqueUsername(String fullName) {
            String base = ascii(fullName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
            String username = base;
            for (int n = 2; !usedNames.add(username); n++) {
                username = base + n;
            }
            return username;
        }

        private List<OrderPlan> orders(List<CustomerPlan> customers) {
            List<OrderPlan> orders = new ArrayList<>();
            Instant firstOrders = now.minus(Duration.ofDays(ORDER_MONTHS * 30L + 10));
            for (int c = 0; c < customers.size(); c++) {
                CustomerPlan customer = customers.get(c);
                Instant from = max(customer.registeredAt().plus(Duration.ofHours(1)), firstOrders);
                // Deactivated customers stopped ordering a while ago.
                Instant until = customer.deactivated() ? now.minus(Duration.ofDays(90)) : latest.minus(Duration.ofMinutes(30));
                int count = 4 + random.nextInt(16);
                for (int i = 0; i < count && from.isBefore(until); i++) {
                    orders.add(order(c, between(from, until)));
                }
            }
            orders.addAll(showcase());
            orders.sort(Comparator.comparing(OrderPlan::placedAt));
            return orders;
        }

        /** The demo customer's latest orders, one in each status, so signing in as them shows every state. */
        private List<OrderPlan> showcase() {
            return List.of(
                    order(0, now.minus(Duration.ofMinutes(50)), OrderStatus.PENDING, false),
                    order(0, now.minus(Duration.ofHours(3)), OrderStatus.PENDING, true),
                    order(0, now.minus(Duration.ofHours(26)), OrderStatus.PROCESSING, false),
                    order(0, now.minus(Duration.ofDays(3)), OrderStatus.SHIPPED, false),
                    order(0, now.minus(Duration.ofDays(20)), OrderStatus.DELIVERED, true),
                    order(0, now.minus(Duration.ofDays(41)), OrderStatus.CANCELLED, false));
        }

        private OrderPlan order(int customer, Instant placedAt) {
            Duration age = Duration.between(placedAt, now);
            int draw = random.nextInt(100);
            OrderStatus status;
            boolean declinedFirst = random.nextInt(100) < 6;
            if (age.compareTo(Duration.ofDays(2)) < 0) {
                status = draw < 35 ? OrderStatus.PENDING : draw < 90 ? OrderStatus.PROCESSING : OrderStatus.CANCELLED;
            } else if (age.compareTo(Duration.ofDays(7)) < 0) {
                status = draw < 20 ? OrderStatus.PROCESSING : draw < 75 ? OrderStatus.SHIPPED
                        : draw < 90 ? OrderStatus.DELIVERED : OrderStatus.CANCELLED;
            } else {
                status = draw < 86 ? OrderStatus.DELIVERED : draw < 98 ? OrderStatus.CANCELLED : OrderStatus.PENDING;
                // An old order still pending is one whose card was declined and that nobody paid since.
                declinedFirst |= status == OrderStatus.PENDING;
            }
            return order(customer, placedAt, status, declinedFirst);
        }

        private OrderPlan order(int customer, Instant placedAt, OrderStatus status, boolean declinedFirst) {
            List<Item> items = new ArrayList<>();
            Set<Integer> chosen = new HashSet<>();
            int lines = weighted(new int[] {1, 2, 3, 4}, new int[] {40, 30, 20, 10});
            int productCount = DemoDataset.CATALOG.stream().mapToInt(c -> c.products().size()).sum();
            while (items.size() < lines) {
                int product = random.nextInt(productCount);
                if (chosen.add(product)) {
                    items.add(new Item(product, 1 + random.nextInt(MAX_ITEM_QUANTITY)));
                }
            }
            PaymentMethod method = weighted(new PaymentMethod[] {PaymentMethod.CARD, PaymentMethod.PAYPAL,
                    PaymentMethod.BANK_TRANSFER}, new int[] {70, 20, 10});
            List<Step<OrderAction>> steps = new ArrayList<>();
            Instant at = placedAt;
            if (declinedFirst) {
                at = later(at, Duration.ofMinutes(1), Duration.ofMinutes(5));
                steps.add(new Step<>(OrderAction.DECLINED_PAYMENT, at));
            }
            boolean paid = status != OrderStatus.PENDING && !(status == OrderStatus.CANCELLED && random.nextBoolean());
            if (paid) {
                at = later(at, Duration.ofMinutes(1), Duration.ofMinutes(30));
                steps.add(new Step<>(OrderAction.PAYMENT, at));
            }
            if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED) {
                at = later(at, Duration.ofHours(3), Duration.ofHours(30));
                steps.add(new Step<>(OrderAction.SHIP, at));
            }
            if (status == OrderStatus.DELIVERED) {
                at = later(at, Duration.ofHours(20), Duration.ofDays(4));
                steps.add(new Step<>(OrderAction.DELIVER, at));
            }
            if (status == OrderStatus.CANCELLED) {
                at = later(at, Duration.ofMinutes(20), Duration.ofHours(20));
                steps.add(new Step<>(OrderAction.CANCEL, at));
            }
            String notes = random.nextInt(10) == 0 ? pick(DemoDataset.ORDER_NOTES) : null;
            List<String> tags = random.nextInt(4) == 0 ? List.of(pick(DemoDataset.ORDER_TAGS)) : List.of();
            return new OrderPlan(customer, placedAt, List.copyOf(items), notes, tags, method, List.copyOf(steps), status);
        }

        /** Between {@code min} and {@code max} after {@code after}, but never later than {@link #latest}. */
        private Instant later(Instant after, Duration min, Duration max) {
            Instant candidate = after.plus(min).plusSeconds((long) (random.nextDouble() * (max.toSeconds() - min.toSeconds())));
            Instant bound = min(candidate, latest);
            return bound.isAfter(after) ? bound : after.plusSeconds(1);
        }

        /**
         * The catalog, with each product's first stock: what the plan's orders that stay placed take, plus what should
         * be left. A cancelled order takes its stock until it is cancelled; with {@link #ORDERS_AT_ONCE} orders seeded at
         * once, that many orders' largest quantity left over is enough at every moment. A few products end almost sold out.
         */
        private List<ProductPlan> products(List<OrderPlan> orders) {
            Map<Integer, Integer> sold = new HashMap<>();
            for (OrderPlan order : orders) {
                if (order.finalStatus() != OrderStatus.CANCELLED) {
                    order.items().forEach(item -> sold.merge(item.product(), item.quantity(), Integer::sum));
                }
            }
            List<ProductPlan> products = new ArrayList<>();
            for (int c = 0; c < DemoDataset.CATALOG.size(); c++) {
                for (DemoDataset.Product product : DemoDataset.CATALOG.get(c).products()) {
                    int index = products.size();
                    int left = index % 7 == 3 ? ORDERS_AT_ONCE * MAX_ITEM_QUANTITY + random.nextInt(5) : 25 + random.nextInt(275);
                    products.add(new ProductPlan(product.name(), product.description(), new BigDecimal(product.price()), c,
                            sold.getOrDefault(index, 0) + left));
                }
            }
            return products;
        }

        // ---- drawing

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private int weighted(int[] values, int[] weights) {
            return values[weightedIndex(weights)];
        }

        private <T> T weighted(T[] values, int[] weights) {
            return values[weightedIndex(weights)];
        }

        private int weightedIndex(int[] weights) {
            int total = 0;
            for (int weight : weights) {
                total += weight;
            }
            int draw = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return i;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private Instant between(Instant from, Instant until) {
            long span = Math.max(1, Duration.between(from, until).toSeconds());
            return from.plusSeconds((long) (random.nextDouble() * span));
        }

        private String email(String name, String domain) {
            String local = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
            return local + (random.nextInt(90) + 10) + "@" + domain;
        }

        private static String ascii(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
