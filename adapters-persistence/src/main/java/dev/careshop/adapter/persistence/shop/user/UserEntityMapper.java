package dev.careshop.adapter.persistence.shop.user;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.PasswordHash;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostContent;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface UserEntityMapper {

    /** Copies the user onto a new or managed entity; the entity keeps its own version for optimistic locking. */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "username", source = "profile.username.value")
    @Mapping(target = "email", source = "profile.email")
    @Mapping(target = "fullName", source = "profile.fullName")
    @Mapping(target = "passwordHash", source = "passwordHash.value")
    @Mapping(target = "version", ignore = true)
    void copy(User user, @MappingTarget UserJpaEntity entity);

    default User toDomain(UserJpaEntity entity) {
        UserProfile profile = new UserProfile(new Username(entity.getUsername()), new EmailAddress(entity.getEmail()),
                entity.getFullName());
        return User.rehydrate(new UserId(entity.getId()), profile, new PasswordHash(entity.getPasswordHash()),
                entity.getRole(), entity.isActive(), entity.getCreatedAt(), entity.getUpdatedAt(), entity.getVersion());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "userId", source = "userId.value")
    @Mapping(target = "title", source = "content.title")
    @Mapping(target = "body", source = "content.body")
    @Mapping(target = "stored", ignore = true)
    PostJpaEntity toEntity(Post post);

    default Post toDomain(PostJpaEntity entity) {
        return new Post(new PostId(entity.getId()), new UserId(entity.getUserId()),
                new PostContent(entity.getTitle(), entity.getBody()), entity.getCreatedAt());
    }
}
