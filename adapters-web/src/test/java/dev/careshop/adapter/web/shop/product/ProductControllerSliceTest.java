package dev.careshop.adapter.web.shop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.product.port.in.AdjustStockCommand;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductCommand;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.product.port.in.DeleteProductUseCase;
import dev.careshop.application.shop.product.port.in.GetProductUseCase;
import dev.careshop.application.shop.product.port.in.ListProductsUseCase;
import dev.careshop.application.shop.product.port.in.UpdateProductCommand;
import dev.careshop.application.shop.product.port.in.UpdateProductUseCase;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductDetails;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(ProductController.class)
class ProductControllerSliceTest extends WebSlice {

    private static final String PRODUCTS = "/api/products";
    private static final UUID ID = UUID.fromString("0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f");
    private static final UUID CATEGORY = UUID.fromString("0196a3c3-1111-7c2d-8e3f-4a5b6c7d8e9f");
    private static final Body VALID = body("""
            {"name": "Vitamin C 500 mg", "description": "60 tablets", "price": 12.5, "stockQuantity": 40,
             "categoryId": "%s"}""".formatted(CATEGORY));
    private static final Body VALID_UPDATE = VALID.remove("stockQuantity").raw("active", "true");

    @MockitoBean CreateProductUseCase createProduct;
    @MockitoBean UpdateProductUseCase updateProduct;
    @MockitoBean DeleteProductUseCase deleteProduct;
    @MockitoBean GetProductUseCase getProduct;
    @MockitoBean ListProductsUseCase listProducts;
    @MockitoBean AdjustStockUseCase adjustStock;

    private static ProductDetails details() {
        return new ProductDetails("Vitamin C 500 mg", "60 tablets", new Money(new BigDecimal("12.5")), new CategoryId(CATEGORY));
    }

    private static Product vitaminC(int stock, long version) {
        return Product.rehydrate(new ProductId(ID), details(), stock, true, NOW, NOW, version);
    }

    @Test
    void aCreatedProductIsAnsweredWithExactlyItsPropertiesThePriceAsANumberWithTwoDecimalsAnETagAndALocation() throws Exception {
        given(createProduct.create(any())).willReturn(vitaminC(40, 0));

        MvcResult result = mvc.perform(postJson(PRODUCTS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/api/products/" + ID))
                .andExpect(jsonPath("$.stockQuantity").value(40))
                .andExpect(jsonPath("$.categoryId").value(CATEGORY.toString()))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder("id", "name", "description", "price",
                "stockQuantity", "categoryId", "active", "createdAt", "updatedAt", "version");
        assertThat(node(result, "/price").isNumber()).as("the price is a JSON number").isTrue();
        assertThat(node(result, "/price").decimalValue()).isEqualTo(new BigDecimal("12.50"));
        assertThat(result.getResponse().getContentAsString()).contains("\"price\":12.50");
        verify(createProduct).create(new CreateProductCommand(details(), 40));
    }

    @Test
    void updateHandsTheUseCaseTheDetailsTheActiveFlagAndTheVersionOfIfMatch() throws Exception {
        given(updateProduct.update(any())).willReturn(vitaminC(40, 5));

        mvc.perform(putJson(PRODUCTS + "/" + ID, VALID_UPDATE).header(HttpHeaders.IF_MATCH, "\"4\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"5\""));

        ArgumentCaptor<UpdateProductCommand> command = ArgumentCaptor.forClass(UpdateProductCommand.class);
        verify(updateProduct).update(command.capture());
        assertThat(command.getValue()).isEqualTo(new UpdateProductCommand(new ProductId(ID), details(), true, 4L));
    }

    static Stream<Arguments> invalidPrices() {
        return cases(Stream.of(Arguments.of(VALID.remove("price"), "price")),
                invalidValues(VALID, "price", "null", "-0.01", "19.999", "0.001", "100000000", "1e999999999", "1e-999999999",
                        "\"12.50\"", "true"),
                invalidValues(VALID, "stockQuantity", "-1", "1.5", "\"5\"", "3000000000"),
                invalidValues(VALID, "categoryId", "\"vitamins\""));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidNewProductIsA400NamingTheFieldAndReachesNoUseCase() {
        return eachInvalidBody(cases(invalidRequiredText(VALID, "name", 200),
                invalidOptionalText(VALID, "description", 5000), invalidPrices(),
                refusedProperties(VALID, "active", "currency", "version")),
                List.of(body -> postJson(PRODUCTS, body)), createProduct);
    }

    @Test
    void theStockIsReadOnlyOnAReplacement() throws Exception {
        mvc.perform(putJson(PRODUCTS + "/" + ID, VALID_UPDATE.raw("stockQuantity", "100"))).andExpect(invalid("stockQuantity"));
        mvc.perform(putJson(PRODUCTS + "/" + ID, VALID_UPDATE.str("price", "1"))).andExpect(invalid("price"));
        verifyNoInteractions(updateProduct);
    }

    @Test
    void aStockAdjustmentHandsTheUseCaseTheDeltaAndAnswersTheNewETag() throws Exception {
        given(adjustStock.adjust(any())).willReturn(vitaminC(37, 1));

        mvc.perform(postJson(PRODUCTS + "/" + ID + "/stock", "{\"delta\": -3}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.stockQuantity").value(37));

        verify(adjustStock).adjust(new AdjustStockCommand(new ProductId(ID), new StockAdjustment(-3)));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidStockAdjustmentIsA400NamingTheField() {
        Body adjustment = body("{\"delta\": 1}");
        return eachInvalidBody(cases(Stream.of(Arguments.of(adjustment.remove("delta"), "delta")),
                        invalidValues(adjustment, "delta", "0", "null", "1000001", "-1000001", "9999999999", "1.5", "\"3\""),
                        refusedProperties(adjustment, "reason")),
                List.of(body -> postJson(PRODUCTS + "/" + ID + "/stock", body)), adjustStock);
    }

    @Test
    void aTruncatedStockAdjustmentIsA400NamingTheBody() throws Exception {
        mvc.perform(postJson(PRODUCTS + "/" + ID + "/stock", "{\"delta\":")).andExpect(invalid("body"));
        verifyNoInteractions(adjustStock);
    }

    @Test
    void theListPassesEveryFilterToTheUseCase() throws Exception {
        given(listProducts.list(any(), any())).willReturn(pageOf(vitaminC(40, 0)));

        mvc.perform(get(PRODUCTS).param("q", "vit").param("categoryId", CATEGORY.toString()).param("minPrice", "1")
                        .param("maxPrice", "20.5").param("inStock", "true").param("includeInactive", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].price").value(12.5));

        verify(listProducts).list(org.mockito.ArgumentMatchers.eq(new ProductSearch("vit", new CategoryId(CATEGORY),
                new Money(BigDecimal.ONE), new Money(new BigDecimal("20.5")), true, true)), any());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"minPrice, -1", "maxPrice, -0.01", "minPrice, abc", "maxPrice, 1.999", "maxPrice, 100000000",
            "minPrice, 1e999999999", "inStock, maybe", "includeInactive, maybe", "categoryId, vitamins", "sort, description"})
    void anInvalidFilterIsA400NamingIt(String parameter, String value) throws Exception {
        mvc.perform(get(PRODUCTS).param(parameter, value)).andExpect(invalid(parameter));
        verifyNoInteractions(listProducts);
    }

    @Test
    void aMinimumPriceAboveTheMaximumIsA400NamingMinPrice() throws Exception {
        mvc.perform(get(PRODUCTS).param("minPrice", "10").param("maxPrice", "9.99")).andExpect(invalid("minPrice"));
    }

    @Test
    void aNulCharacterInQIsA400NamingQ() throws Exception {
        mvc.perform(get(PRODUCTS).param("q", "a\u0000b")).andExpect(invalid("q"));
    }
}
