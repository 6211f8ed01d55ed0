package dev.careshop.adapter.web.shop.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.category.port.in.DeleteCategoryUseCase;
import dev.careshop.application.shop.category.port.in.FindCategoriesUseCase;
import dev.careshop.application.shop.category.port.in.UpdateCategoryUseCase;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryDetails;
import dev.careshop.domain.shop.category.CategoryId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(CategoryController.class)
class CategoryControllerSliceTest extends WebSlice {

    private static final String CATEGORIES = "/api/categories";
    private static final UUID ID = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final Body VALID = body("{\"name\": \"Vitamins\", \"description\": \"Daily boost\"}");

    @MockitoBean CreateCategoryUseCase createCategory;
    @MockitoBean UpdateCategoryUseCase updateCategory;
    @MockitoBean DeleteCategoryUseCase deleteCategory;
    @MockitoBean FindCategoriesUseCase findCategories;

    private static Category vitamins(long version) {
        return Category.rehydrate(new CategoryId(ID), new CategoryDetails("Vitamins", "Daily boost"), NOW, NOW, version);
    }

    @Test
    void aCreatedCategoryIsAnsweredWithExactlyItsPropertiesAnETagAndALocation() throws Exception {
        given(createCategory.create(any())).willReturn(vitamins(0));

        MvcResult result = mvc.perform(postJson(CATEGORIES, VALID.str("name", "  Vitamins ")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/categories/" + ID))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(
                "id", "name", "description", "createdAt", "updatedAt", "version");
        assertThat(node(result, "/id").asString()).isEqualTo(ID.toString());
        assertThat(node(result, "/createdAt").asString()).isEqualTo("2026-11-21T10:15:30Z");
        verify(createCategory).create(new CategoryDetails("Vitamins", "Daily boost"));
    }

    @Test
    void updateHandsTheUseCaseTheIdTheDetailsAndTheVersionOfIfMatch() throws Exception {
        given(updateCategory.update(any(), any(), any())).willReturn(vitamins(3));

        mvc.perform(putJson(CATEGORIES + "/" + ID, VALID.remove("description")).header(HttpHeaders.IF_MATCH, "\"2\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));

        verify(updateCategory).update(new CategoryId(ID), new CategoryDetails("Vitamins", null), 2L);
    }

    @TestFactory
    Stream<DynamicTest> anInvalidBodyIsA400NamingTheFieldOnCreateAndOnReplaceAndReachesNoUseCase() {
        return eachInvalidBody(cases(invalidRequiredText(VALID, "name", 100),
                invalidOptionalText(VALID, "description", 1000), refusedProperties(VALID, "products", "version")),
                List.of(body -> postJson(CATEGORIES, body), body -> putJson(CATEGORIES + "/" + ID, body)), createCategory, updateCategory);
    }

    @Test
    void theListIsAPageSortedAsAsked() throws Exception {
        given(findCategories.list(any())).willReturn(pageOf(vitamins(0)));

        MvcResult result = mvc.perform(get(CATEGORIES).param("sort", "createdAt,desc")).andExpect(status().isOk()).andReturn();

        assertThat(properties(result, "/content/0")).containsExactlyInAnyOrder(
                "id", "name", "description", "createdAt", "updatedAt", "version");
        verify(findCategories).list(eq(new PageRequest(0, 20, List.of(new SortOrder("createdAt", SortOrder.Direction.DESC)))));
    }
}
