package dev.careshop.adapter.web.shared;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds the {@code Location} of a created resource from the current request. */
public final class Locations {

    private Locations() {
    }

    /** The current request's URI with {@code /{id}} appended: POST /api/patients → /api/patients/{id}. */
    public static URI childOfCurrentRequest(Object id) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
    }
}
