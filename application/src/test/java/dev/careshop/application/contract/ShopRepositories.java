package dev.careshop.application.contract;

import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.user.UserRepository;

/**
 * The shop's repositories as one store (a product names its category, an order its user and products), as a
 * contract's subclass hands them over.
 *
 * @param nextUseCase ends the current use case, as in {@link ClinicRepositories}: the JPA adapters' store flushes and
 *                    clears its persistence context, which statements that change rows directly do not touch
 */
public record ShopRepositories(UserRepository users, CategoryRepository categories, ProductRepository products,
                               OrderRepository orders, Runnable nextUseCase) {
}
