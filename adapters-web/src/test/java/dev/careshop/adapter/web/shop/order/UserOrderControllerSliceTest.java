package dev.careshop.adapter.web.shop.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.order.port.in.ListUserOrdersUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.order.OrderStatus;
import dev.careshop.domain.shop.order.PaymentStatus;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(UserOrderController.class)
class UserOrderControllerSliceTest extends WebSlice {

    private static final String HISTORY = "/api/users/" + OrderControllerSliceTest.USER + "/orders";

    @MockitoBean ListUserOrdersUseCase listUserOrders;

    @Test
    void aUsersHistoryIsAPageOfOrdersWithTheirPaymentSortedAsAsked() throws Exception {
        given(listUserOrders.list(eq(new UserId(OrderControllerSliceTest.USER)), any())).willReturn(pageOf(
                OrderControllerSliceTest.order(OrderStatus.PROCESSING, List.of(OrderControllerSliceTest.payment(PaymentStatus.COMPLETED)), 1)));

        MvcResult result = mvc.perform(get(HISTORY).param("sort", "totalAmount,desc").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].payment.status").value("COMPLETED"))
                .andReturn();

        OrderControllerSliceTest.assertOrderShape(result, "/content/0");
        verify(listUserOrders).list(new UserId(OrderControllerSliceTest.USER),
                new PageRequest(0, 5, List.of(new SortOrder("totalAmount", SortOrder.Direction.DESC))));
    }

    @Test
    void anUnknownUserIsA404AndBadParametersA400() throws Exception {
        given(listUserOrders.list(eq(new UserId(OrderControllerSliceTest.USER)), any()))
                .willThrow(new NotFoundException("User", OrderControllerSliceTest.USER));

        mvc.perform(get(HISTORY)).andExpect(problem(404, "not-found"));
        mvc.perform(get("/api/users/x/orders")).andExpect(invalid("id"));
        mvc.perform(get(HISTORY).param("sort", "notes")).andExpect(invalid("sort"));
    }
}
