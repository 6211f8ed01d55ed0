package dev.careshop.adapter.web.shop.order;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.INSUFFICIENT_STOCK;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.ORDER_REJECTED;
import static dev.careshop.adapter.web.shared.ProblemType.PAYMENT_AMOUNT_MISMATCH;
import static dev.careshop.adapter.web.shared.ProblemType.PAYMENT_DECLINED;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.shop.order.port.in.CancelOrderUseCase;
import dev.careshop.application.shop.order.port.in.DeliverOrderUseCase;
import dev.careshop.application.shop.order.port.in.GetOrderUseCase;
import dev.careshop.application.shop.order.port.in.ListOrdersUseCase;
import dev.careshop.application.shop.order.port.in.PayOrderUseCase;
import dev.careshop.application.shop.order.port.in.PaymentOutcome;
import dev.careshop.application.shop.order.port.in.PlaceOrderUseCase;
import dev.careshop.application.shop.order.port.in.ShipOrderUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.PaymentDeclinedException;
import dev.careshop.domain.shop.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
public class OrderController {

    static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "totalAmount", "status");

    private final PlaceOrderUseCase placeOrder;
    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;
    private final PayOrderUseCase payOrder;
    private final ShipOrderUseCase shipOrder;
    private final DeliverOrderUseCase deliverOrder;
    private final CancelOrderUseCase cancelOrder;
    private final OrderWebMapper mapper;
    private final OrderMetadataJson metadataJson;

    OrderController(PlaceOrderUseCase placeOrder, GetOrderUseCase getOrder, ListOrdersUseCase listOrders,
                    PayOrderUseCase payOrder, ShipOrderUseCase shipOrder, DeliverOrderUseCase deliverOrder,
                    CancelOrderUseCase cancelOrder, OrderWebMapper mapper, OrderMetadataJson metadataJson) {
        this.placeOrder = placeOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.payOrder = payOrder;
        this.shipOrder = shipOrder;
        this.deliverOrder = deliverOrder;
        this.cancelOrder = cancelOrder;
        this.mapper = mapper;
        this.metadataJson = metadataJson;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "placeOrder", summary = "Place an order",
            description = "One transaction: every line takes its quantity off the product's stock, or nothing changes. "
                    + "Names, prices and totals are computed by the service. 422 (order-rejected) when the user or a "
                    + "product is missing or inactive, 409 (insufficient-stock) when only stock is short; either lists "
                    + "every failing line in errors[] with productId, requested and available.")
    @ProblemResponses({INSUFFICIENT_STOCK, ORDER_REJECTED, CONFLICT})
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request) {
        Order order = placeOrder.place(mapper.toCommand(request, metadataJson.toMetadata(request.metadata())));
        return ResponseEntity.created(Locations.childOfCurrentRequest(order.getId()))
                .eTag(Versions.etag(order.getVersion()))
                .body(mapper.toResponse(order));
    }

    @GetMapping
    @Operation(operationId = "listOrders", summary = "List orders",
            description = "Filters combine. Each order comes with its items and payment. Sortable by createdAt, updatedAt, totalAmount, status; default createdAt descending (newest first).")
    PageResponse<OrderResponse> list(
            @RequestParam(required = false) UUID userId,
            @RequestParam(required = false) OrderStatus status,
            @Valid @ParameterObject PageParams paging) {
        OrderSearch search = new OrderSearch(userId == null ? null : new UserId(userId), status);
        return PageResponse.of(listOrders.list(search, paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/{id}")
    @SendsETag
    @Operation(operationId = "getOrder", summary = "Read an order with its items and payment", description = "The ETag is the order's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<OrderResponse> get(@PathVariable UUID id) {
        Order order = getOrder.get(new OrderId(id));
        return Versions.okWithETag(order.getVersion(), mapper.toResponse(order));
    }

    @PostMapping("/{id}/payment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "payOrder", summary = "Pay an order",
            description = "Only a PENDING order that has not been paid: charges its total through the payment gateway. "
                    + "Approved: 201, the payment is COMPLETED and the order PROCESSING. Declined: 402, the attempt is kept "
                    + "as FAILED and the order stays PENDING. An amount that differs from the total: 422, nothing is charged.")
    @ProblemResponses({NOT_FOUND, CONFLICT, PAYMENT_DECLINED, PAYMENT_AMOUNT_MISMATCH})
    ResponseEntity<PaymentResponse> pay(@PathVariable UUID id, @Valid @RequestBody PayOrderRequest request) {
        PaymentOutcome outcome = payOrder.pay(mapper.toCommand(id, request));
        // The use case has committed the attempt either way; a decline is only now turned into a problem.
        if (!outcome.approved()) {
            throw new PaymentDeclinedException(outcome.order().getId(), outcome.payment());
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                .body(mapper.toResponse(outcome.payment()));
    }

    @GetMapping("/{id}/payment")
    @Operation(operationId = "getOrderPayment", summary = "Read an order's payment",
            description = "The successful (or refunded) payment, else the latest declined attempt; 404 when the order has none.")
    @ProblemResponses(NOT_FOUND)
    PaymentResponse payment(@PathVariable UUID id) {
        Order order = getOrder.get(new OrderId(id));
        return order.currentPayment().map(mapper::toResponse)
                .orElseThrow(() -> new NotFoundException("payment of order", id));
    }

    @PostMapping("/{id}/ship")
    @SendsETag
    @Operation(operationId = "shipOrder", summary = "Ship an order", description = "PROCESSING → SHIPPED; from any other status 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<OrderResponse> ship(@PathVariable UUID id) {
        return answer(shipOrder.ship(new OrderId(id)));
    }

    @PostMapping("/{id}/deliver")
    @SendsETag
    @Operation(operationId = "deliverOrder", summary = "Mark an order delivered", description = "SHIPPED → DELIVERED; from any other status 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<OrderResponse> deliver(@PathVariable UUID id) {
        return answer(deliverOrder.deliver(new OrderId(id)));
    }

    @PostMapping("/{id}/cancel")
    @SendsETag
    @Operation(operationId = "cancelOrder", summary = "Cancel an order",
            description = "PENDING or PROCESSING → CANCELLED: every line's quantity goes back into stock and a completed payment is marked REFUNDED, in one transaction; from any other status 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<OrderResponse> cancel(@PathVariable UUID id) {
        return answer(cancelOrder.cancel(new OrderId(id)));
    }

    private ResponseEntity<OrderResponse> answer(Order order) {
        return Versions.okWithETag(order.getVersion(), mapper.toResponse(order));
    }
}
