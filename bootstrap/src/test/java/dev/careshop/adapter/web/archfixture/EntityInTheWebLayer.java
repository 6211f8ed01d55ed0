package dev.careshop.adapter.web.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Breaks rule 6: an entity outside the persistence adapter. */
@Entity
public class EntityInTheWebLayer {

    @Id
    Long id;
}
