package dev.careshop.domain.shop.product;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Where products are kept. */
public interface ProductRepository {

    Optional<Product> findById(ProductId id);

    /**
     * Stores a new or changed product and answers it as stored. Never changes the stored stock of an existing
     * product: stock moves only through {@link #adjustStock}.
     *
     * @throws dev.careshop.domain.shared.MissingReferenceException when the category does not exist (any more)
     */
    Product save(Product product);

    /**
     * Adds the adjustment to the product's stock in one atomic, conditional step (never read-then-write), bumping its
     * version and stamping {@code at}. Answers {@code false}, changing nothing, when the product does not exist or
     * the stock would leave 0..{@link Product#MAX_STOCK}.
     */
    boolean adjustStock(ProductId id, StockAdjustment adjustment, Instant at);

    /**
     * The product's stock, read with its row locked until the transaction ends, so no concurrent change moves it in
     * the meantime; empty when the product does not exist.
     */
    OptionalInt lockStock(ProductId id);

    Page<Product> search(ProductSearch search, PageRequest pageRequest);
}
