package dev.careshop.adapter.persistence.shop.category;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CategorySpringDataRepository extends JpaRepository<CategoryJpaEntity, UUID> {

    /** One statement; the foreign key from products refuses it while any product names the category. */
    @Modifying
    @Query("delete from CategoryJpaEntity c where c.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);
}
