package dev.careshop.application.shop;

import dev.careshop.application.shop.fakes.InMemoryCategoryRepository;
import dev.careshop.application.shop.fakes.InMemoryProductRepository;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductDetails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One catalog's worth of in-memory ports sharing their data, plus fixed clocks. Each test builds a fresh one. */
public final class CatalogFixture {

    public static final Instant NOW = Instant.parse("2024-02-29T10:15:30Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant LATER = NOW.plusSeconds(2 * 3600);
    public static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);

    public final InMemoryProductRepository products = new InMemoryProductRepository(id -> this.categories.existsById(id));
    public final InMemoryCategoryRepository categories = new InMemoryCategoryRepository(products);

    public static ProductDetails productDetails(String name, String price, CategoryId category) {
        return new ProductDetails(name, null, Money.of("price", new BigDecimal(price)), category);
    }

    public Category category(String name) {
        return categories.save(Category.create(new CategoryDetails(name, null), CLOCK));
    }

    public Product product(String name, String price, int stock, CategoryId category) {
        return products.save(Product.create(productDetails(name, price, category), stock, CLOCK));
    }
}
