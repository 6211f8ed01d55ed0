package dev.careshop.adapter.web.shop.order;

import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;

import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.shop.order.port.in.ListUserOrdersUseCase;
import dev.careshop.domain.shop.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A user's order history: part of the orders slice, addressed under the user. */
@RestController
@Tag(name = "Orders")
public class UserOrderController {

    private final ListUserOrdersUseCase listUserOrders;
    private final OrderWebMapper mapper;

    UserOrderController(ListUserOrdersUseCase listUserOrders, OrderWebMapper mapper) {
        this.listUserOrders = listUserOrders;
        this.mapper = mapper;
    }

    @GetMapping("/api/users/{id}/orders")
    @Operation(operationId = "listUserOrders", summary = "A user's order history",
            description = "Newest first by default, each order with its items and payment; 404 when the user does not exist. Sortable like GET /api/orders.")
    @ProblemResponses(NOT_FOUND)
    PageResponse<OrderResponse> history(@PathVariable UUID id, @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(listUserOrders.list(new UserId(id), paging.toPageRequest(OrderController.SORTABLE)),
                mapper::toResponse);
    }
}
