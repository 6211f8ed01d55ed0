package dev.careshop.domain.shop.order;

public enum PaymentMethod {
    CARD, PAYPAL, BANK_TRANSFER
}
