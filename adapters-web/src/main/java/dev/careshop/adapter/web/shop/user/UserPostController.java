package dev.careshop.adapter.web.shop.user;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.application.shop.user.port.in.WritePostCommand;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Posts belong to their user; writing one goes through the user aggregate. */
@RestController
@RequestMapping("/api/users/{id}/posts")
@Tag(name = "Users")
public class UserPostController {

    static final Set<String> SORTABLE = Set.of("createdAt", "title");

    private final WritePostUseCase writePost;
    private final GetPostUseCase getPost;
    private final ListPostsUseCase listPosts;
    private final UserWebMapper mapper;

    UserPostController(WritePostUseCase writePost, GetPostUseCase getPost, ListPostsUseCase listPosts, UserWebMapper mapper) {
        this.writePost = writePost;
        this.getPost = getPost;
        this.listPosts = listPosts;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "writePost", summary = "Write a post", description = "409 when the user is inactive.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<PostResponse> write(@PathVariable UUID id, @Valid @RequestBody PostRequest request) {
        Post post = writePost.write(new WritePostCommand(new UserId(id), mapper.toContent(request)));
        return ResponseEntity.created(Locations.childOfCurrentRequest(post.id())).body(mapper.toResponse(post));
    }

    @GetMapping
    @Operation(operationId = "listPosts", summary = "List a user's posts", description = "Newest first by default; sortable by createdAt, title.")
    @ProblemResponses(NOT_FOUND)
    PageResponse<PostResponse> list(@PathVariable UUID id, @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(listPosts.list(new UserId(id), paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/{postId}")
    @Operation(operationId = "getPost", summary = "Read a post")
    @ProblemResponses(NOT_FOUND)
    PostResponse get(@PathVariable UUID id, @PathVariable UUID postId) {
        return mapper.toResponse(getPost.get(new UserId(id), new PostId(postId)));
    }
}
