package dev.careshop.adapter.persistence.shop.category;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryHasProductsException;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.category.CategoryRepository;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CategoryPersistenceAdapter implements CategoryRepository {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    private static final String UNIQUE_NAME = "uq_categories_name";
    private static final String PRODUCT_CATEGORY_FK = "fk_products_category";

    private final CategorySpringDataRepository repository;
    private final CategoryEntityMapper mapper;

    CategoryPersistenceAdapter(CategorySpringDataRepository repository, CategoryEntityMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean existsById(CategoryId id) {
        return repository.existsById(id.value());
    }

    @Override
    public Category save(Category category) {
        CategoryJpaEntity entity = repository.findById(category.getId().value()).orElseGet(CategoryJpaEntity::new);
        mapper.copy(category, entity);
        try {
            return mapper.toDomain(repository.saveAndFlush(entity));
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, UNIQUE_NAME)) {
                throw new DuplicateValueException("name", "another category is already named " + category.getDetails().name());
            }
            throw e;
        }
    }

    @Override
    public boolean delete(CategoryId id) {
        try {
            return repository.deleteByIdReturningCount(id.value()) > 0;
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, PRODUCT_CATEGORY_FK)) {
                throw new CategoryHasProductsException(id);
            }
            throw e;
        }
    }

    @Override
    public Page<Category> list(PageRequest pageRequest) {
        return toPage(repository.findAll(toPageable(pageRequest, DEFAULT_SORT)), mapper::toDomain);
    }
}
