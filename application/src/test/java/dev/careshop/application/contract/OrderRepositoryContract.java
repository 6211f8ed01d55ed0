package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderDetails;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.ProductSnapshot;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the order use cases rely on from {@link OrderRepository}; run against the fake and the JPA adapter. */
public abstract class OrderRepositoryContract extends ShopRepositoryContract {

    private static final OrderDetails DETAILS = new OrderDetails(
            new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE"), "ring twice", new OrderTags(List.of("gift")),
            new OrderMetadata("{\"channel\": \"web\"}"));

    private Product tea;
    private Product cocoa;

    protected OrderRepositoryContract(ShopRepositories shop) {
        super(shop);
    }

    private OrderRepository orders() {
        return shop.orders();
    }

    private void products() {
        if (tea == null) {
            tea = product("tea", "4.50", 10, null);
            cocoa = product("cocoa", "7.25", 10, null);
        }
    }

    /** An order placed at {@code minutes} after the fixture's clock, of two teas and a cocoa; not stored yet. */
    protected final Order placed(UserId user, long minutes) {
        products();
        Clock at = Clock.fixed(CLOCK.instant().plusSeconds(60 * minutes), ZoneOffset.UTC);
        return Order.place(user, OrderItems.merge(List.of(new RequestedItem(tea.getId(), 2), new RequestedItem(cocoa.getId(), 1))),
                Map.of(tea.getId(), snapshot(tea), cocoa.getId(), snapshot(cocoa)), DETAILS, at);
    }

    private static ProductSnapshot snapshot(Product product) {
        return new ProductSnapshot(product.getId(), product.getDetails().name(), product.getDetails().price());
    }

    @Test
    void aPlacedOrderIsAddedAtVersionZeroAndReadBackWithItsLines() {
        Order order = orders().add(placed(user("ada").getId(), 0));

        assertThat(order.getVersion()).isZero();
        assertThat(order.getLines()).hasSize(2);
        shop.nextUseCase().run();
        assertThat(orders().findById(order.getId())).get().usingRecursiveComparison().ignoringFields("events").isEqualTo(order);
        assertThat(orders().findByIdForUpdate(order.getId())).get().usingRecursiveComparison().ignoringFields("events").isEqualTo(order);
    }

    @Test
    void aSaveThatChangesTheOrderBumpsTheVersionAndStoresItsPaymentsAndOneThatChangesNothingKeepsIt() {
        Order order = orders().add(placed(user("ada").getId(), 0));
        shop.nextUseCase().run();
        assertThat(orders().save(orders().findById(order.getId()).orElseThrow()).getVersion()).as("unchanged").isZero();

        Order loaded = orders().findByIdForUpdate(order.getId()).orElseThrow();
        loaded.recordDeclinedPayment(PaymentMethod.CARD, "insufficient funds", CLOCK);
        loaded.recordApprovedPayment(PaymentMethod.CARD, "ch_1", LATER_CLOCK);
        Order paid = orders().save(loaded);
        shop.nextUseCase().run();

        assertThat(paid.getVersion()).isEqualTo(1);
        Order read = orders().findById(order.getId()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("events").isEqualTo(paid);
        assertThat(read.getStatus()).isEqualTo(OrderStatus.PROCESSING);

        read.cancel(LATER_CLOCK);
        orders().save(read);
        shop.nextUseCase().run();
        assertThat(orders().findById(order.getId()).orElseThrow().getPayments()).extracting(p -> p.status().name())
                .containsExactly("FAILED", "REFUNDED");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        OrderId unknown = OrderId.newId();

        assertThat(orders().findById(unknown)).isEmpty();
        assertThat(orders().findByIdForUpdate(unknown)).isEmpty();
    }

    @Test
    void anOrderOfAUserWhoDoesNotExistIsRefused() {
        Order order = placed(UserId.newId(), 0);

        assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> orders().add(order))
                .satisfies(e -> assertThat(e.field()).isEqualTo("userId"));
    }

    @Test
    void anOrderOfAProductThatDoesNotExistIsRefused() {
        ProductId gone = ProductId.newId();
        Order order = Order.place(user("ada").getId(), OrderItems.merge(List.of(new RequestedItem(gone, 1))),
                Map.of(gone, new ProductSnapshot(gone, "gone", tea().getDetails().price())), DETAILS, CLOCK);

        assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> orders().add(order))
                .satisfies(e -> assertThat(e.field()).isEqualTo("items"));
    }

    private Product tea() {
        products();
        return tea;
    }

    @Test
    void searchFiltersByUserAndStatusNewestFirstUnlessToldOtherwise() {
        UserId ada = user("ada").getId();
        UserId grace = user("grace").getId();
        Order first = orders().add(placed(ada, 0));
        Order second = orders().add(placed(grace, 1));
        Order third = placed(ada, 2);
        third.cancel(LATER_CLOCK);
        orders().add(third);
        PageRequest all = PageRequest.of(0, 10);

        assertThat(ids(orders().search(new OrderSearch(null, null), all))).containsExactly(third.getId(), second.getId(), first.getId());
        assertThat(ids(orders().search(OrderSearch.ofUser(ada), all))).containsExactly(third.getId(), first.getId());
        assertThat(ids(orders().search(new OrderSearch(null, OrderStatus.PENDING), all))).containsExactly(second.getId(), first.getId());
        assertThat(ids(orders().search(new OrderSearch(ada, OrderStatus.CANCELLED), all))).containsExactly(third.getId());
        assertThat(ids(orders().search(new OrderSearch(null, null), PageRequest.of(0, 10, SortOrder.asc("createdAt")))))
                .containsExactly(first.getId(), second.getId(), third.getId());
    }

    @Test
    void searchPagesEachOrderWithItsLinesAndCountsEveryMatchEvenBeyondTheEnd() {
        UserId ada = user("ada").getId();
        for (int minute = 0; minute < 3; minute++) {
            orders().add(placed(ada, minute));
        }
        shop.nextUseCase().run();

        Page<Order> second = orders().search(OrderSearch.ofUser(ada), PageRequest.of(1, 2));
        assertThat(second.content()).hasSize(1);
        assertThat(second.content().get(0).getLines()).hasSize(2);
        assertThat(second.content().get(0).getCreatedAt()).isEqualTo(CLOCK.instant());
        assertThat(second.totalElements()).isEqualTo(3);
        PageChecks.emptyBeyondTheEndCountingEveryMatch(orders().search(OrderSearch.ofUser(ada), PageRequest.of(5, 2)), 3);
    }

    private static List<OrderId> ids(Page<Order> page) {
        return page.content().stream().map(Order::getId).toList();
    }
}
