package dev.careshop.adapter.web.shop.category;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface CategoryWebMapper {

    CategoryDetails toDetails(CategoryRequest request);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    CategoryResponse toResponse(Category category);
}
