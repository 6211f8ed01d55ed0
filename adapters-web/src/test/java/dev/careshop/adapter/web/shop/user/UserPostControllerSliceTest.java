package dev.careshop.adapter.web.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.web.WebSlice;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.application.shop.user.port.in.WritePostCommand;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostContent;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(UserPostController.class)
class UserPostControllerSliceTest extends WebSlice {

    private static final UUID USER = UserControllerSliceTest.ID;
    private static final UUID ID = UUID.fromString("0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a");
    private static final String POSTS = "/api/users/" + USER + "/posts";
    private static final Body VALID = body("{\"title\": \"Vitamin D in winter?\", \"body\": \"1000 IU a day?\"}");
    private static final String[] POST_PROPERTIES = {"id", "userId", "title", "body", "createdAt"};

    @MockitoBean WritePostUseCase writePost;
    @MockitoBean GetPostUseCase getPost;
    @MockitoBean ListPostsUseCase listPosts;

    private static Post post() {
        return new Post(new PostId(ID), new UserId(USER), new PostContent("Vitamin D in winter?", "1000 IU a day?"), NOW);
    }

    @Test
    void aWrittenPostIsAnsweredWithExactlyItsPropertiesAndALocation() throws Exception {
        given(writePost.write(any())).willReturn(post());

        MvcResult result = mvc.perform(postJson(POSTS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost" + POSTS + "/" + ID))
                .andReturn();

        assertThat(properties(result, "")).containsExactlyInAnyOrder(POST_PROPERTIES);
        assertThat(node(result, "/createdAt").asString()).isEqualTo("2026-11-21T10:15:30Z");
        verify(writePost).write(new WritePostCommand(new UserId(USER), new PostContent("Vitamin D in winter?", "1000 IU a day?")));
    }

    @TestFactory
    Stream<DynamicTest> anInvalidPostIsA400NamingTheFieldAndReachesNoUseCase() {
        return eachInvalidBody(cases(invalidRequiredText(VALID, "title", 200),
                invalidOptionalText(VALID, "body", 10_000), refusedProperties(VALID, "userId", "createdAt")),
                List.of(body -> postJson(POSTS, body)), writePost);
    }

    @Test
    void theListIsAPageOfPostsSortedOnlyByItsOwnFields() throws Exception {
        given(listPosts.list(eq(new UserId(USER)), any())).willReturn(pageOf(post()));

        MvcResult result = mvc.perform(get(POSTS)).andExpect(status().isOk()).andReturn();
        assertThat(properties(result, "/content/0")).containsExactlyInAnyOrder(POST_PROPERTIES);
        mvc.perform(get(POSTS).param("sort", "body")).andExpect(invalid("sort"));
    }
}
