package dev.careshop.bootstrap.demo;

import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.application.shop.order.port.in.PayOrderCommand;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PlaceOrderCommand;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductCommand;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserCommand;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.bootstrap.adapter.payment.SimulatedPaymentGateway;
import dev.careshop.bootstrap.demo.DemoPlan.CustomerPlan;
import dev.careshop.bootstrap.demo.DemoPlan.OrderAction;
import dev.careshop.bootstrap.demo.DemoPlan.OrderPlan;
import dev.careshop.bootstrap.demo.DemoPlan.ProductPlan;
import dev.careshop.bootstrap.demo.DemoPlan.Step;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.ProductDetails;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shop's part of the demo: the accounts, the catalog, and orders placed, paid, shipped, delivered or cancelled. */
final class ShopSeeding {

    private static final Logger log = LoggerFactory.getLogger(ShopSeeding.class);
    private static final String APPROVED_TOKEN = "tok_visa";
    /** Marks every demo order, should anyone wonder where it came from. */
    private static final OrderMetadata DEMO_METADATA = new OrderMetadata("{\"source\": \"demo-data\"}");

    /** The accounts the rest of the seeding acts as: the staff member, and each planned customer in plan order. */
    record Accounts(Actor staff, List<Actor> customers) {
    }

    private final RegisterUserUseCase registerUser;
    private final ChangeUserRoleUseCase changeRole;
    private final ChangeUserActiveUseCase changeActive;
    private final CreateCategoryUseCase createCategory;
    private final CreateProductUseCase createProduct;
    private final PlaceOrderUseCase placeOrder;
    private final PayOrderUseCase payOrder;
    private final ShipOrderUseCase shipOrder;
    private final DeliverOrderUseCase deliverOrder;
    private final CancelOrderUseCase cancelOrder;
    private final DemoSteps steps;

    ShopSeeding(RegisterUserUseCase registerUser, ChangeUserRoleUseCase changeRole, ChangeUserActiveUseCase changeActive,
                CreateCategoryUseCase createCategory, CreateProductUseCase createProduct, PlaceOrderUseCase placeOrder,
                PayOrderUseCase payOrder, ShipOrderUseCase shipOrder, DeliverOrderUseCase deliverOrder,
                CancelOrderUseCase cancelOrder, DemoSteps steps) {
        this.registerUser = registerUser;
        this.changeRole = changeRole;
        this.changeActive = changeActive;
        this.createCategory = createCategory;
        this.createProduct = createProduct;
        this.placeOrder = placeOrder;
        this.payOrder = payOrder;
        this.shipOrder = shipOrder;
        this.deliverOrder = deliverOrder;
        this.cancelOrder = cancelOrder;
        this.steps = steps;
    }

    /**
     * Signs up the staff member (then made {@code STAFF} through the same use case an administrator's request
     * reaches) and the customers, each on the day they joined, all with the demo password.
     */
    Accounts accounts(DemoPlan plan) {
        Password password = new Password(DemoPlan.DEMO_PASSWORD);
        List<Actor> customers = new ArrayList<>();
        Actor[] staff = new Actor[1];
        DemoSteps.phase(log, () -> {
            User registered = register(new UserProfile(new Username(DemoPlan.DEMO_STAFF),
                    new EmailAddress("demo.staff@careshop.invalid"), "Demo Staff"), password, plan.openedAt());
            // The use case an administrator's PUT /api/users/{id}/role reaches (the endpoint, not the use case, checks the role).
            steps.at(plan.openedAt(), () -> changeRole.changeRole(new ChangeUserRoleCommand(registered.getId(), Role.STAFF)));
            staff[0] = actor(registered, Role.STAFF);
            // Hashing a password (Argon2id) takes most of a signing-up's time: several at once.
            customers.addAll(DemoSteps.inParallel(DemoSteps.THREADS, plan.customers(), customer -> actor(register(
                    new UserProfile(new Username(customer.username()), new EmailAddress(customer.email()), customer.fullName()),
                    password, customer.registeredAt()), Role.CUSTOMER)));
            return "1 staff member and " + customers.size() + " customers";
        });
        return new Accounts(staff[0], List.copyOf(customers));
    }

    /** Signing up needs nobody signed in, as on the API. */
    private User register(UserProfile profile, Password password, Instant at) {
        return steps.at(at, () -> registerUser.register(new RegisterUserCommand(profile, password)));
    }

    private static Actor actor(User user, Role role) {
        return new Actor(user.getId(), user.getProfile().username(), role);
    }

    /** The categories and their products, created by staff when the shop opened. */
    List<ProductId> catalog(DemoPlan plan, Actor staff) {
        List<ProductId> products = new ArrayList<>();
        DemoSteps.phase(log, () -> {
            List<CategoryId> categories = new ArrayList<>();
            for (DemoDataset.Category category : DemoDataset.CATALOG) {
                CategoryDetails details = new CategoryDetails(category.name(), category.description());
                categories.add(steps.as(staff, plan.openedAt(),
                        () -> createCategory.create(details)).getId());
            }
            for (ProductPlan product : plan.products()) {
                ProductDetails details = new ProductDetails(product.name(), product.description(), new Money(product.price()),
                        categories.get(product.category()));
                products.add(steps.as(staff, plan.openedAt(),
                        () -> createProduct.create(new CreateProductCommand(details, product.initialStock()))).getId());
            }
            return categories.size() + " categories with " + products.size() + " products";
        });
        return products;
    }

    /**
     * Every planned order, roughly in time order (a few at once: the plan's stock allows for the cancelled orders in
     * flight), then the customers who left are deactivated.
     */
    void orders(DemoPlan plan, Accounts accounts, List<ProductId> products) {
        DemoSteps.phase(log, () -> {
            int declined = DemoSteps.inParallel(DemoSteps.THREADS, plan.orders(), order -> order(order,
                    plan.customers().get(order.customer()), accounts.customers().get(order.customer()), accounts.staff(),
                    products)).stream().mapToInt(Integer::intValue).sum();
            int deactivated = 0;
            for (int c = 0; c < plan.customers().size(); c++) {
                if (plan.customers().get(c).deactivated()) {
                    Actor customer = accounts.customers().get(c);
                    steps.as(accounts.staff(), plan.now().minus(Duration.ofDays(30)),
                            () -> changeActive.changeActive(new ChangeUserActiveCommand(customer.userId(), false)));
                    deactivated++;
                }
            }
            return plan.orders().size() + " orders " + plan.ordersByStatus() + ", " + declined + " declined payments, "
                    + deactivated + " customers deactivated";
        });
    }

    /** Places the order as its customer, then plays its steps; answers how many payments were declined. */
    private int order(OrderPlan plan, CustomerPlan customerPlan, Actor customer, Actor staff, List<ProductId> products) {
        ShippingAddress address = new ShippingAddress(customerPlan.line1(), null, customerPlan.city().name(),
                customerPlan.city().postalCode(), customerPlan.city().country());
        List<RequestedItem> items = plan.items().stream()
                .map(item -> new RequestedItem(products.get(item.product()), item.quantity()))
                .toList();
        PlaceOrderCommand command = new PlaceOrderCommand(customer.userId(), items, address, plan.notes(),
                new OrderTags(plan.tags()), DEMO_METADATA);
        OrderId id = steps.as(customer, plan.placedAt(), () -> placeOrder.place(command)).getId();
        int declined = 0;
        for (Step<OrderAction> step : plan.steps()) {
            switch (step.status()) {
                case DECLINED_PAYMENT -> {
                    pay(id, plan, customer, step.at(), SimulatedPaymentGateway.DECLINED_TOKEN);
                    declined++;
                }
                case PAYMENT -> pay(id, plan, customer, step.at(), APPROVED_TOKEN);
                case SHIP -> steps.as(staff, step.at(), () -> shipOrder.ship(id));
                case DELIVER -> steps.as(staff, step.at(), () -> deliverOrder.deliver(id));
                case CANCEL -> steps.as(customer, step.at(), () -> cancelOrder.cancel(id));
            }
        }
        return declined;
    }

    private void pay(OrderId id, OrderPlan plan, Actor customer, Instant at, String token) {
        steps.as(customer, at, () -> payOrder.pay(new PayOrderCommand(id, plan.method(), token, null)));
    }
}
