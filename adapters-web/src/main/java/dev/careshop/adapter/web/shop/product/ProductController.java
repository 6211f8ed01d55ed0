package dev.careshop.adapter.web.shop.product;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.PRECONDITION_FAILED;
import static dev.careshop.adapter.web.shared.ProblemType.MISSING_REFERENCE;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.shop.product.port.in.AdjustStockCommand;
import dev.careshop.application.shop.product.port.in.AdjustStockUseCase;
import dev.careshop.application.shop.product.port.in.CreateProductCommand;
import dev.careshop.application.shop.product.port.in.CreateProductUseCase;
import dev.careshop.application.shop.product.port.in.DeleteProductUseCase;
import dev.careshop.application.shop.product.port.in.GetProductUseCase;
import dev.careshop.application.shop.product.port.in.ListProductsUseCase;
import dev.careshop.application.shop.product.port.in.UpdateProductCommand;
import dev.careshop.application.shop.product.port.in.UpdateProductUseCase;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.product.ProductDetails;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.ProductSearch;
import dev.careshop.domain.shop.product.StockAdjustment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
@Tag(name = "Products", description = "The shop's products and their stock. Anyone may read them, without a token; "
        + "only staff and administrators create, change, delete them and adjust their stock.")
public class ProductController {

    static final Set<String> SORTABLE = Set.of("name", "price", "createdAt", "stockQuantity");

    private final CreateProductUseCase createProduct;
    private final UpdateProductUseCase updateProduct;
    private final DeleteProductUseCase deleteProduct;
    private final GetProductUseCase getProduct;
    private final ListProductsUseCase listProducts;
    private final AdjustStockUseCase adjustStock;
    private final ProductWebMapper mapper;

    ProductController(CreateProductUseCase createProduct, UpdateProductUseCase updateProduct,
                      DeleteProductUseCase deleteProduct, GetProductUseCase getProduct, ListProductsUseCase listProducts,
                      AdjustStockUseCase adjustStock, ProductWebMapper mapper) {
        this.createProduct = createProduct;
        this.updateProduct = updateProduct;
        this.deleteProduct = deleteProduct;
        this.getProduct = getProduct;
        this.listProducts = listProducts;
        this.adjustStock = adjustStock;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "createProduct", summary = "Create a product", description = "Created active; `categoryId`, when given, must exist (422).")
    @ProblemResponses(MISSING_REFERENCE)
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request) {
        int stock = request.stockQuantity() == null ? 0 : request.stockQuantity();
        Product product = createProduct.create(new CreateProductCommand(mapper.toDetails(request), stock));
        return ResponseEntity.created(Locations.childOfCurrentRequest(product.getId()))
                .eTag(Versions.etag(product.getVersion()))
                .body(mapper.toResponse(product));
    }

    @GetMapping
    @SecurityRequirements
    @Operation(operationId = "listProducts", summary = "List products",
            description = "Active products only unless includeInactive=true. Sortable by name, price, createdAt, stockQuantity; default name.")
    PageResponse<ProductResponse> list(
            @Parameter(description = "name contains, case-insensitive; % and _ match literally") @RequestParam(required = false) String q,
            @Parameter(description = "products of this category") @RequestParam(required = false) UUID categoryId,
            @Parameter(description = "lowest price, inclusive") @RequestParam(required = false) BigDecimal minPrice,
            @Parameter(description = "highest price, inclusive") @RequestParam(required = false) BigDecimal maxPrice,
            @Parameter(description = "true: stock above 0; false: sold out") @RequestParam(required = false) Boolean inStock,
            @Parameter(description = "include deleted (inactive) products") @RequestParam(defaultValue = "false") boolean includeInactive,
            @Valid @ParameterObject PageParams paging) {
        ProductSearch search = new ProductSearch(q, categoryId == null ? null : new CategoryId(categoryId),
                ProductDetails.priceOrNull("minPrice", minPrice), ProductDetails.priceOrNull("maxPrice", maxPrice),
                inStock, includeInactive);
        return PageResponse.of(listProducts.list(search, paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/{id}")
    @SecurityRequirements
    @SendsETag
    @Operation(operationId = "getProduct", summary = "Read a product", description = "Deleted (inactive) products are still readable. The ETag is the product's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<ProductResponse> get(@PathVariable UUID id) {
        Product product = getProduct.get(new ProductId(id));
        return Versions.okWithETag(product.getVersion(), mapper.toResponse(product));
    }

    @PutMapping("/{id}")
    @SendsETag
    @Operation(operationId = "updateProduct", summary = "Replace a product's details",
            description = "`stockQuantity` is read-only here (400): use POST /api/products/{id}/stock. `active: true` reactivates a "
                    + "deleted product. Send the ETag of your last read in If-Match to refuse the update (412) if someone changed the product since.")
    @ProblemResponses({NOT_FOUND, CONFLICT, PRECONDITION_FAILED, MISSING_REFERENCE})
    ResponseEntity<ProductResponse> update(@PathVariable UUID id, @Valid @RequestBody UpdateProductRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Product product = updateProduct.update(new UpdateProductCommand(new ProductId(id), mapper.toDetails(request),
                request.active(), Versions.expectedVersion(ifMatch)));
        return Versions.okWithETag(product.getVersion(), mapper.toResponse(product));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProduct", summary = "Delete a product",
            description = "A soft delete: the product becomes inactive, stays readable and keeps its orders. Deleting it again is harmless. "
                    + "409 if the product changed at the same moment (a stock change or an order included): repeat the request.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    void delete(@PathVariable UUID id) {
        deleteProduct.delete(new ProductId(id));
    }

    @PostMapping("/{id}/stock")
    @SendsETag
    @Operation(operationId = "adjustProductStock", summary = "Adjust a product's stock",
            description = "Adds `delta` (negative takes away) in one atomic step; refused with 409, naming the available quantity, "
                    + "when the stock would go below 0 (or beyond 2147483647). Works on deleted products too.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<ProductResponse> adjustStock(@PathVariable UUID id, @Valid @RequestBody StockAdjustmentRequest request) {
        Product product = adjustStock.adjust(new AdjustStockCommand(new ProductId(id), new StockAdjustment(request.delta())));
        return Versions.okWithETag(product.getVersion(), mapper.toResponse(product));
    }
}
