package dev.careshop.domain.shop.user;

/** What a user may do in the shop. New users are customers; only the role operation changes it. */
public enum Role {
    CUSTOMER,
    STAFF,
    ADMIN
}
