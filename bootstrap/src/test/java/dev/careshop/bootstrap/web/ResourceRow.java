package dev.careshop.bootstrap.web;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.ClinicApi;
import dev.careshop.bootstrap.support.ShopFixtures;
import dev.careshop.bootstrap.support.UserApi;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One row of {@link ResourceContractTest}: what a resource offers of the generic HTTP contract (SPEC.md section 2).
 * A row starts with its name and how to make one instance; each method adds a capability, and every capability brings
 * its checks with it. A new resource gets all of them by adding its row.
 */
final class ResourceRow {

    /** Makes a fresh instance (and whatever it needs first) through the API, as the administrator. */
    @FunctionalInterface
    interface Arrange {
        Instance in(World world) throws Exception;
    }

    /** A valid body for the collection; each call a new one, unique where the resource asks for uniqueness. */
    @FunctionalInterface
    interface ValidBody {
        String next() throws Exception;
    }

    /** What a row arranges its instance with: the test support's APIs, and {@link #create}. */
    record World(MockMvc mvc, ClinicApi clinic, CatalogApi catalog, UserApi users, ShopFixtures shop) {

        /** POSTs {@code body}'s next value to {@code collection}, expects 201, and answers the new instance. */
        Instance create(String collection, String item, ValidBody body) throws Exception {
            String created = body(mvc.perform(postJson(collection, body.next()))
                    .andExpect(status().isCreated())
                    .andExpect(noLeak()));
            return new Instance(collection, item, id(created).toString(), body);
        }

        /** An instance that is not created through its own collection (a read model, or a list of children). */
        static Instance existing(String collection, String item, Object id) {
            return new Instance(collection, item, id.toString(), () -> {
                throw new IllegalStateException("not created by POST to " + collection);
            });
        }
    }

    /**
     * One instance: where it was created (also where it is listed), its item path with {@code {id}} standing for its
     * id, and a supplier of further valid bodies for that collection (each call a new, unique one).
     */
    record Instance(String collection, String item, String id, ValidBody validBody) {

        String itemPath() {
            return itemPath(id);
        }

        String itemPath(String anotherId) {
            return item.replace("{id}", anotherId);
        }
    }

    final String name;
    final Arrange arrange;
    boolean item;
    String idField = "id";
    boolean etag;
    boolean creates;
    Supplier<String> updateBody;
    boolean deletes;
    boolean hardDelete;
    boolean lists;
    List<String> sortable = List.of();
    List<String> refusedSorts = List.of();

    private ResourceRow(String name, Arrange arrange) {
        this.name = name;
        this.arrange = arrange;
    }

    static ResourceRow resource(String name, Arrange arrange) {
        return new ResourceRow(name, arrange);
    }

    /** {@code GET} of the item; a malformed id is a 400 naming {@code idField}. */
    ResourceRow readById(String idField) {
        this.item = true;
        this.idField = idField;
        return this;
    }

    /** {@code GET} of the item sends its version as a strong {@code ETag}. */
    ResourceRow etag() {
        this.etag = true;
        return this;
    }

    /** {@code POST} to the collection creates one: 201, a followable {@code Location}, and strict JSON. */
    ResourceRow creates() {
        this.creates = true;
        return this;
    }

    /** {@code PUT} of the item with {@code body}, honouring {@code If-Match}. */
    ResourceRow updates(Supplier<String> body) {
        this.updateBody = body;
        return this;
    }

    /** {@code DELETE} of the item removes it: 204, then 404 for reads and for a second delete. */
    ResourceRow deletes() {
        this.hardDelete = true;
        return deletesSoftly();
    }

    /** {@code DELETE} of the item exists but is the resource's own (a soft delete): only its 404 and 400 are generic. */
    ResourceRow deletesSoftly() {
        this.deletes = true;
        return this;
    }

    /** {@code GET} of the collection is a page, sortable by exactly {@code fields}. */
    ResourceRow lists(String... fields) {
        this.lists = true;
        this.sortable = List.of(fields);
        return this;
    }

    /** Sort fields the resource must refuse besides the generic ones: names its answers carry but do not sort by. */
    ResourceRow refusesSortBy(String... fields) {
        this.refusedSorts = List.of(fields);
        return this;
    }

    @Override
    public String toString() {
        return name;
    }
}
