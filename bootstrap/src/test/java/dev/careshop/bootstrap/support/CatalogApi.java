package dev.careshop.bootstrap.support;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates catalog data (categories, products) through the public HTTP API, so tests arrange their world the way
 * clients do. Every call asserts its own success (and that the answer leaks nothing).
 */
public final class CatalogApi {

    public static final String CATEGORIES = "/api/categories";
    public static final String PRODUCTS = "/api/products";

    private final MockMvc mvc;

    public CatalogApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A valid category body without description. */
    public static Body categoryBody(String name) {
        return new Body().str("name", name).raw("description", "null");
    }

    /** A valid product body for POST: no description, no category. */
    public static Body productBody(String name, String price, int stockQuantity) {
        return new Body().str("name", name).raw("description", "null").raw("price", price)
                .raw("stockQuantity", String.valueOf(stockQuantity)).raw("categoryId", "null");
    }

    /** A valid product body for PUT: no description, no category, the active flag left alone. */
    public static Body productUpdateBody(String name, String price) {
        return new Body().str("name", name).raw("description", "null").raw("price", price).raw("categoryId", "null");
    }

    public UUID category(String name) throws Exception {
        return create(CATEGORIES, categoryBody(name));
    }

    public UUID category() throws Exception {
        return category("Category " + UUID.randomUUID());
    }

    /** Creates the product {@code body} describes (see {@link #productBody}). */
    public UUID product(Body body) throws Exception {
        return create(PRODUCTS, body);
    }

    public UUID product(String name, String price, int stockQuantity) throws Exception {
        return product(productBody(name, price, stockQuantity));
    }

    public UUID product(String name, String price, int stockQuantity, UUID categoryId) throws Exception {
        return product(productBody(name, price, stockQuantity).str("categoryId", categoryId.toString()));
    }

    /** Soft-deletes the product. */
    public void deleteProduct(UUID id) throws Exception {
        mvc.perform(delete(PRODUCTS + "/" + id)).andExpect(status().isNoContent());
    }

    private UUID create(String path, Body body) throws Exception {
        return id(body(mvc.perform(postJson(path, body.json()))
                .andExpect(status().isCreated())
                .andExpect(noLeak())));
    }
}
