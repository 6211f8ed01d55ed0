package dev.careshop.bootstrap.config;

import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.application.shop.user.port.in.GetCurrentUserUseCase;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.application.shop.user.service.ChangePasswordService;
import dev.careshop.application.shop.user.service.ChangeUserActiveService;
import dev.careshop.application.shop.user.service.ChangeUserRoleService;
import dev.careshop.application.shop.user.service.ChangeUsersStatusService;
import dev.careshop.application.shop.user.service.DeleteInactiveUsersService;
import dev.careshop.application.shop.user.service.DeleteUserService;
import dev.careshop.application.shop.user.service.GetCurrentUserService;
import dev.careshop.application.shop.user.service.GetPostService;
import dev.careshop.application.shop.user.service.GetUserService;
import dev.careshop.application.shop.user.service.ListPostsService;
import dev.careshop.application.shop.user.service.ListUsersService;
import dev.careshop.application.shop.user.service.RegisterUserService;
import dev.careshop.application.shop.user.service.UpdateUserService;
import dev.careshop.application.shop.user.service.WritePostService;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's user use cases (accounts and posts), each exposed as its in-port; transactions come from {@link UseCaseTransactionConfiguration}. */
@Configuration(proxyBeanMethods = false)
class ShopUserUseCaseConfiguration {

    @Bean
    RegisterUserUseCase registerUserUseCase(UserRepository users, PasswordHasherPort passwordHasher, Clock clock) {
        return new RegisterUserService(users, passwordHasher, clock);
    }

    @Bean
    UpdateUserUseCase updateUserUseCase(UserRepository users, CurrentActorPort currentActor, Clock clock) {
        return new UpdateUserService(users, currentActor, clock);
    }

    @Bean
    DeleteUserUseCase deleteUserUseCase(UserRepository users) {
        return new DeleteUserService(users);
    }

    @Bean
    GetUserUseCase getUserUseCase(UserRepository users, CurrentActorPort currentActor) {
        return new GetUserService(users, currentActor);
    }

    @Bean
    GetCurrentUserUseCase getCurrentUserUseCase(UserRepository users, CurrentActorPort currentActor) {
        return new GetCurrentUserService(users, currentActor);
    }

    @Bean
    ListUsersUseCase listUsersUseCase(UserRepository users) {
        return new ListUsersService(users);
    }

    @Bean
    ChangePasswordUseCase changePasswordUseCase(UserRepository users, PasswordHasherPort passwordHasher,
                                                CurrentActorPort currentActor, Clock clock) {
        return new ChangePasswordService(users, passwordHasher, currentActor, clock);
    }

    @Bean
    ChangeUserRoleUseCase changeUserRoleUseCase(UserRepository users, Clock clock) {
        return new ChangeUserRoleService(users, clock);
    }

    @Bean
    ChangeUserActiveUseCase changeUserActiveUseCase(UserRepository users, Clock clock) {
        return new ChangeUserActiveService(users, clock);
    }

    @Bean
    ChangeUsersStatusUseCase changeUsersStatusUseCase(UserRepository users, Clock clock) {
        return new ChangeUsersStatusService(users, clock);
    }

    @Bean
    DeleteInactiveUsersUseCase deleteInactiveUsersUseCase(UserRepository users) {
        return new DeleteInactiveUsersService(users);
    }

    @Bean
    WritePostUseCase writePostUseCase(UserRepository users, CurrentActorPort currentActor, Clock clock) {
        return new WritePostService(users, currentActor, clock);
    }

    @Bean
    GetPostUseCase getPostUseCase(UserRepository users, CurrentActorPort currentActor) {
        return new GetPostService(users, currentActor);
    }

    @Bean
    ListPostsUseCase listPostsUseCase(UserRepository users, CurrentActorPort currentActor) {
        return new ListPostsService(users, currentActor);
    }
}
