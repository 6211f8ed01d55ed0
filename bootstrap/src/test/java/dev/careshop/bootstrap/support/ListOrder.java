package dev.careshop.bootstrap.support;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.read;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Where a test's own rows stand in a list that every test of the run shares. */
public final class ListOrder {

    private ListOrder() {
    }

    /** Walks every page of the list at {@code path} in the given order and answers the ids of {@code mine}, in list order. */
    public static List<String> idsInListOrder(MockMvc mvc, String path, Set<String> mine, String... sort) throws Exception {
        List<String> found = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            MockHttpServletRequestBuilder request = get(path).param("size", "100").param("page", String.valueOf(page));
            if (sort.length > 0) {
                request.param("sort", sort);
            }
            String json = body(mvc.perform(request).andExpect(status().isOk()));
            List<String> ids = read(json, "$.content[*].id");
            ids.stream().filter(mine::contains).forEach(found::add);
            totalPages = read(json, "$.page.totalPages");
            page++;
        } while (page < totalPages);
        return found;
    }
}
