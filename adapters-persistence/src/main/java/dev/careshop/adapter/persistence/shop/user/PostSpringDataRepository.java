package dev.careshop.adapter.persistence.shop.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostSpringDataRepository extends JpaRepository<PostJpaEntity, UUID> {

    Optional<PostJpaEntity> findByIdAndUserId(UUID id, UUID userId);

    Page<PostJpaEntity> findByUserId(UUID userId, Pageable pageable);
}
