package dev.careshop.bootstrap.config;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.category.port.in.DeleteCategoryUseCase;
import dev.careshop.application.shop.category.port.in.GetCategoryUseCase;
import dev.careshop.application.shop.category.port.in.ListCategoriesUseCase;
import dev.careshop.application.shop.category.port.in.UpdateCategoryUseCase;
import dev.careshop.application.shop.category.service.CreateCategoryService;
import dev.careshop.application.shop.category.service.DeleteCategoryService;
import dev.careshop.application.shop.category.service.GetCategoryService;
import dev.careshop.application.shop.category.service.ListCategoriesService;
import dev.careshop.application.shop.category.service.UpdateCategoryService;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.product.port.in.DeleteProductUseCase;
import dev.careshop.application.shop.product.port.in.GetProductUseCase;
import dev.careshop.application.shop.product.port.in.ListProductsUseCase;
import dev.careshop.application.shop.product.port.in.UpdateProductUseCase;
import dev.careshop.application.shop.product.service.AdjustStockService;
import dev.careshop.application.shop.product.service.CreateProductService;
import dev.careshop.application.shop.product.service.DeleteProductService;
import dev.careshop.application.shop.product.service.GetProductService;
import dev.careshop.application.shop.product.service.ListProductsService;
import dev.careshop.application.shop.product.service.UpdateProductService;
import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.product.ProductRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop catalog's use cases, each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class CatalogUseCaseConfiguration {

    // Categories

    @Bean
    CreateCategoryUseCase createCategoryUseCase(CategoryRepository categories, Clock clock) {
        return new CreateCategoryService(categories, clock);
    }

    @Bean
    UpdateCategoryUseCase updateCategoryUseCase(CategoryRepository categories, Clock clock) {
        return new UpdateCategoryService(categories, clock);
    }

    @Bean
    DeleteCategoryUseCase deleteCategoryUseCase(CategoryRepository categories) {
        return new DeleteCategoryService(categories);
    }

    @Bean
    GetCategoryUseCase getCategoryUseCase(CategoryRepository categories) {
        return new GetCategoryService(categories);
    }

    @Bean
    ListCategoriesUseCase listCategoriesUseCase(CategoryRepository categories) {
        return new ListCategoriesService(categories);
    }

    // Products

    @Bean
    CreateProductUseCase createProductUseCase(ProductRepository products, CategoryRepository categories, Clock clock) {
        return new CreateProductService(products, categories, clock);
    }

    @Bean
    UpdateProductUseCase updateProductUseCase(ProductRepository products, CategoryRepository categories, Clock clock) {
        return new UpdateProductService(products, categories, clock);
    }

    @Bean
    DeleteProductUseCase deleteProductUseCase(ProductRepository products, Clock clock) {
        return new DeleteProductService(products, clock);
    }

    @Bean
    GetProductUseCase getProductUseCase(ProductRepository products) {
        return new GetProductService(products);
    }

    @Bean
    ListProductsUseCase listProductsUseCase(ProductRepository products) {
        return new ListProductsService(products);
    }

    @Bean
    AdjustStockUseCase adjustStockUseCase(ProductRepository products, Clock clock, AppendEventsPort events) {
        return new AdjustStockService(products, clock, events);
    }
}
