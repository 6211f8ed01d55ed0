package dev.careshop.bootstrap.operations;

import dev.careshop.application.identity.login.port.in.LoginOutcome;
import dev.careshop.application.shop.order.port.in.PaymentOutcome;
import dev.careshop.domain.shared.DomainException;
import dev.careshop.domain.shop.order.OrderRejectedException;
import java.util.Locale;

/**
 * How a use case ended, as a short tag value: {@code success}, the outcome a use case returns instead of throwing
 * ({@code declined} for a payment, {@code refused} or {@code throttled} for a login), or the domain's refusal named
 * after its exception ({@code SlotTakenException} is {@code slot-taken}). Anything else that escapes is {@code error}.
 * The values are bounded by the code: never an id, a name or a message.
 */
final class UseCaseOutcome {

    static final String SUCCESS = "success";
    static final String ERROR = "error";

    private UseCaseOutcome() {
    }

    static String of(Object result) {
        if (result instanceof PaymentOutcome payment) {
            return payment.approved() ? "approved" : "declined";
        }
        if (result instanceof LoginOutcome login) {
            return kebab(login.getClass().getSimpleName());
        }
        return SUCCESS;
    }

    static String of(Throwable failure) {
        if (failure instanceof OrderRejectedException rejected && rejected.onlyStock()) {
            return "insufficient-stock";
        }
        if (failure instanceof DomainException) {
            return kebab(failure.getClass().getSimpleName().replaceFirst("Exception$", ""));
        }
        return ERROR;
    }

    /** {@code SlotTaken} → {@code slot-taken}. */
    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
