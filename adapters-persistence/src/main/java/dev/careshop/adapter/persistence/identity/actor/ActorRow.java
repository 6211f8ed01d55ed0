package dev.careshop.adapter.persistence.identity.actor;

import dev.careshop.domain.shop.user.Role;
import java.util.UUID;

/** What the actor query selects of a user: who they are and their role. */
record ActorRow(UUID id, String username, Role role) {
}
