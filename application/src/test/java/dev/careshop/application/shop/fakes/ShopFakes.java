package dev.careshop.application.shop.fakes;

import dev.careshop.application.contract.ShopRepositories;
import dev.careshop.application.shop.CatalogFixture;
import dev.careshop.application.shop.order.fakes.InMemoryOrderRepository;
import dev.careshop.application.shop.user.fakes.InMemoryUserRepository;

/** The shop's repository fakes wired to one another as the database's foreign keys tie their tables, for the contracts. */
public final class ShopFakes {

    private ShopFakes() {
    }

    public static ShopRepositories repositories() {
        CatalogFixture catalog = new CatalogFixture();
        InMemoryOrderRepository[] orders = new InMemoryOrderRepository[1];
        InMemoryUserRepository users = new InMemoryUserRepository(userId -> orders[0].hasOrdersOf(userId));
        orders[0] = new InMemoryOrderRepository(users::existsById, productId -> catalog.products.findById(productId).isPresent());
        return new ShopRepositories(users, catalog.categories, catalog.products, orders[0], () -> { });
    }
}
