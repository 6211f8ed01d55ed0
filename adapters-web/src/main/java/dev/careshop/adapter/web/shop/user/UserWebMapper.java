package dev.careshop.adapter.web.shop.user;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostContent;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface UserWebMapper {

    default UserProfile toProfile(CreateUserRequest request) {
        return profile(request.username(), request.email(), request.fullName());
    }

    default UserProfile toProfile(UpdateUserRequest request) {
        return profile(request.username(), request.email(), request.fullName());
    }

    private static UserProfile profile(String username, String email, String fullName) {
        return new UserProfile(new Username(username), new EmailAddress(email), fullName);
    }

    default Password toPassword(String password) {
        return new Password(password);
    }

    PostContent toContent(PostRequest request);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "username", source = "profile.username.value")
    @Mapping(target = "email", source = "profile.email")
    @Mapping(target = "fullName", source = "profile.fullName")
    UserResponse toResponse(User user);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "userId", source = "userId.value")
    @Mapping(target = "title", source = "content.title")
    @Mapping(target = "body", source = "content.body")
    PostResponse toResponse(Post post);
}
