package dev.careshop.domain.shop.user;

/** What deleting the inactive users did: how many went, and how many stayed because they have orders. */
public record BulkDeletion(long deleted, long skipped) {
}
