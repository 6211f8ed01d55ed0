package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.productDetails;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.fakes.FakePasswordHasher;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.user.User;

/**
 * What the shop's repository contracts share: the store their subclass hands over, and the users, categories and
 * products they store in it (each saved through its own repository, as the foreign keys need).
 */
public abstract class ShopRepositoryContract {

    protected final ShopRepositories shop;

    protected ShopRepositoryContract(ShopRepositories shop) {
        this.shop = shop;
    }

    /** An active customer with {@link UserFixture}'s profile and password. */
    protected final User user(String username) {
        return shop.users().save(User.register(UserFixture.profile(username), new FakePasswordHasher().hash(UserFixture.PASSWORD), CLOCK));
    }

    protected final Category category(String name) {
        return shop.categories().save(Category.create(new CategoryDetails(name, null), CLOCK));
    }

    protected final Product product(String name, String price, int stock, CategoryId category) {
        return shop.products().save(Product.create(productDetails(name, price, category), stock, CLOCK));
    }
}
