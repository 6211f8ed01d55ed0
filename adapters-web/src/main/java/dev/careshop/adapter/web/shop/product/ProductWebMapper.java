package dev.careshop.adapter.web.shop.product;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductDetails;
import java.math.BigDecimal;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface ProductWebMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    @Mapping(target = "price", source = "details.price.amount")
    @Mapping(target = "categoryId", source = "details.categoryId.value")
    ProductResponse toResponse(Product product);

    default ProductDetails toDetails(CreateProductRequest request) {
        return details(request.name(), request.description(), request.price(), request.categoryId());
    }

    default ProductDetails toDetails(UpdateProductRequest request) {
        return details(request.name(), request.description(), request.price(), request.categoryId());
    }

    private static ProductDetails details(String name, String description, BigDecimal price, UUID categoryId) {
        return new ProductDetails(name, description, ProductDetails.price("price", price),
                categoryId == null ? null : new CategoryId(categoryId));
    }
}
