package dev.careshop.adapter.persistence.shop.product;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ProductPersistenceAdapter implements ProductRepository {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    private static final String CATEGORY_FK = "fk_products_category";

    private final ProductSpringDataRepository repository;
    private final ProductEntityMapper mapper;

    ProductPersistenceAdapter(ProductSpringDataRepository repository, ProductEntityMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Product save(Product product) {
        ProductJpaEntity entity = repository.findById(product.getId().value()).orElseGet(() -> newEntity(product));
        mapper.copy(product, entity);
        try {
            return mapper.toDomain(repository.saveAndFlush(entity));
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, CATEGORY_FK)) {
                // The category was deleted between the use case's check and this statement.
                throw new MissingReferenceException("categoryId", "category", product.getDetails().categoryId());
            }
            throw e;
        }
    }

    /** A new product's stock is written with it; afterwards only the conditional updates move it. */
    private static ProductJpaEntity newEntity(Product product) {
        ProductJpaEntity entity = new ProductJpaEntity();
        entity.setStockQuantity(product.getStockQuantity());
        return entity;
    }

    @Override
    public boolean adjustStock(ProductId id, StockAdjustment adjustment, Instant at) {
        return repository.adjustStock(id.value(), adjustment.delta(), at) > 0;
    }

    @Override
    public OptionalInt lockStock(ProductId id) {
        return repository.lockStock(id.value()).map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest pageRequest) {
        return toPage(repository.findAll(matching(search), toPageable(pageRequest, DEFAULT_SORT)), mapper::toDomain);
    }

    /**
     * The filters as one WHERE clause. {@code q} becomes {@code lower(name) LIKE lower('%…%') ESCAPE '\'}: both sides
     * lower-cased by PostgreSQL, and the left side exactly the expression of the trigram index
     * {@code ix_products_name_trgm}, so the index serves it (CatalogSchemaTest shows the plan).
     */
    private static Specification<ProductJpaEntity> matching(ProductSearch search) {
        Specification<ProductJpaEntity> spec = Filters.equalTo("categoryId",
                search.categoryId() == null ? null : search.categoryId().value());
        if (search.q() != null) {
            String pattern = "%" + Filters.escapeLike(search.q()) + "%";
            // value(...) binds the pattern as a parameter; a JPA literal would be inlined into the SQL text.
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")),
                    cb.lower(((HibernateCriteriaBuilder) cb).value(pattern)), '\\'));
        }
        if (!search.includeInactive()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        if (search.minPrice() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("price"), search.minPrice().amount()));
        }
        if (search.maxPrice() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("price"), search.maxPrice().amount()));
        }
        if (search.inStock() != null) {
            spec = spec.and(search.inStock()
                    ? (root, query, cb) -> cb.greaterThan(root.get("stockQuantity"), 0)
                    : (root, query, cb) -> cb.equal(root.get("stockQuantity"), 0));
        }
        return spec;
    }
}
