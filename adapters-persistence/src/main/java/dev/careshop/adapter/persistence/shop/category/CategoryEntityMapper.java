package dev.careshop.adapter.persistence.shop.category;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface CategoryEntityMapper {

    /** Copies the category onto a new or managed entity; the entity keeps its own version for optimistic locking. */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    @Mapping(target = "version", ignore = true)
    void copy(Category category, @MappingTarget CategoryJpaEntity entity);

    CategoryDetails toDetails(CategoryJpaEntity entity);

    default Category toDomain(CategoryJpaEntity entity) {
        return Category.rehydrate(new CategoryId(entity.getId()), toDetails(entity), entity.getCreatedAt(),
                entity.getUpdatedAt(), entity.getVersion());
    }
}
