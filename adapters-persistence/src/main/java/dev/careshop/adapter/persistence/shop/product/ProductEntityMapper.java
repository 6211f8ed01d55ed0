package dev.careshop.adapter.persistence.shop.product;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductDetails;
import dev.careshop.domain.shop.product.ProductId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface ProductEntityMapper {

    /**
     * Copies the product onto a new or managed entity; the entity keeps its own version for optimistic locking, and
     * its own stock (the adapter sets it once, on insert).
     */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    @Mapping(target = "price", source = "details.price.amount")
    @Mapping(target = "categoryId", source = "details.categoryId.value")
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "stockQuantity", ignore = true)
    void copy(Product product, @MappingTarget ProductJpaEntity entity);

    default Product toDomain(ProductJpaEntity entity) {
        ProductDetails details = new ProductDetails(entity.getName(), entity.getDescription(), new Money(entity.getPrice()),
                entity.getCategoryId() == null ? null : new CategoryId(entity.getCategoryId()));
        return Product.rehydrate(new ProductId(entity.getId()), details, entity.getStockQuantity(), entity.isActive(),
                entity.getCreatedAt(), entity.getUpdatedAt(), entity.getVersion());
    }
}
