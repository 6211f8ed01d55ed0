package dev.careshop.adapter.web.shop.order;

import dev.careshop.adapter.web.shared.FieldError;
import dev.careshop.adapter.web.shared.Problem;
import dev.careshop.adapter.web.shared.ProblemType;
import dev.careshop.domain.shop.order.OrderRejectedException;
import dev.careshop.domain.shop.order.PaymentAmountMismatchException;
import dev.careshop.domain.shop.order.PaymentDeclinedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the shop's orders and payments fail over HTTP: the problems only they raise. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblemsAdvice {

    /** Every failing part of an order at once: only stock short is a conflict; anything unavailable is a 422. */
    @ExceptionHandler(OrderRejectedException.class)
    ResponseEntity<Object> orderRejected(OrderRejectedException e, HttpServletRequest request) {
        List<ItemError> errors = e.rejections().stream().map(ItemError::of).toList();
        ProblemType type = e.onlyStock() ? ProblemType.INSUFFICIENT_STOCK : ProblemType.ORDER_REJECTED;
        return Problem.answer(type, e.getMessage(), request, errors);
    }

    @ExceptionHandler(PaymentAmountMismatchException.class)
    ResponseEntity<Object> amountMismatch(PaymentAmountMismatchException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.PAYMENT_AMOUNT_MISMATCH, e.getMessage(), request,
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(PaymentDeclinedException.class)
    ResponseEntity<Object> paymentDeclined(PaymentDeclinedException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.PAYMENT_DECLINED, e.getMessage(), request, List.of());
    }
}
