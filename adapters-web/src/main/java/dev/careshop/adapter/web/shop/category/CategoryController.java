package dev.careshop.adapter.web.shop.category;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.PRECONDITION_FAILED;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.shop.category.port.in.CreateCategoryUseCase;
import dev.careshop.application.shop.category.port.in.DeleteCategoryUseCase;
import dev.careshop.application.shop.category.port.in.FindCategoriesUseCase;
import dev.careshop.application.shop.category.port.in.UpdateCategoryUseCase;
import dev.careshop.domain.shop.category.Category;
import dev.careshop.domain.shop.category.CategoryId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/categories")
@Tag(name = "Categories", description = "The shop's categories of products. Anyone may read them, without a token; "
        + "only staff and administrators create, change and delete them.")
public class CategoryController {

    static final Set<String> SORTABLE = Set.of("name", "createdAt");

    private final CreateCategoryUseCase createCategory;
    private final UpdateCategoryUseCase updateCategory;
    private final DeleteCategoryUseCase deleteCategory;
    private final FindCategoriesUseCase findCategories;
    private final CategoryWebMapper mapper;

    CategoryController(CreateCategoryUseCase createCategory, UpdateCategoryUseCase updateCategory,
                       DeleteCategoryUseCase deleteCategory, FindCategoriesUseCase findCategories,
                       CategoryWebMapper mapper) {
        this.createCategory = createCategory;
        this.updateCategory = updateCategory;
        this.deleteCategory = deleteCategory;
        this.findCategories = findCategories;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "createCategory", summary = "Create a category", description = "The name must be unused, ignoring case (409 naming `name`).")
    @ProblemResponses(CONFLICT)
    ResponseEntity<CategoryResponse> create(@Valid @RequestBody CategoryRequest request) {
        Category category = createCategory.create(mapper.toDetails(request));
        return ResponseEntity.created(Locations.childOfCurrentRequest(category.getId()))
                .eTag(Versions.etag(category.getVersion()))
                .body(mapper.toResponse(category));
    }

    @GetMapping
    @SecurityRequirements
    @Operation(operationId = "listCategories", summary = "List categories", description = "Sortable by name, createdAt; default name.")
    PageResponse<CategoryResponse> list(@Valid @ParameterObject PageParams paging) {
        return PageResponse.of(findCategories.list(paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/{id}")
    @SecurityRequirements
    @SendsETag
    @Operation(operationId = "getCategory", summary = "Read a category", description = "The ETag is the category's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<CategoryResponse> get(@PathVariable UUID id) {
        Category category = findCategories.get(new CategoryId(id));
        return Versions.okWithETag(category.getVersion(), mapper.toResponse(category));
    }

    @PutMapping("/{id}")
    @SendsETag
    @Operation(operationId = "updateCategory", summary = "Replace a category's details",
            description = "Send the ETag of your last read in If-Match to refuse the update (412) if someone changed the category since.")
    @ProblemResponses({NOT_FOUND, CONFLICT, PRECONDITION_FAILED})
    ResponseEntity<CategoryResponse> update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Category category = updateCategory.update(new CategoryId(id), mapper.toDetails(request),
                Versions.expectedVersion(ifMatch));
        return Versions.okWithETag(category.getVersion(), mapper.toResponse(category));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCategory", summary = "Delete a category",
            description = "Refused with 409 while any product, active or deleted, belongs to the category.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    void delete(@PathVariable UUID id) {
        deleteCategory.delete(new CategoryId(id));
    }
}
