package org.plenary.following;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.plenary.notes.NoteReader;
import org.plenary.positions.IssueView;

/**
 * Puts a follow button ({@code followButton}) in the model of an issue's line-up and of an actor's or a group's page,
 * for a signed-in reader (one statement); the pages show it with {@code following/button :: button}. An anonymous
 * reader gets none, so the public, cacheable page stays the same for every anonymous reader.
 */
@Configuration(proxyBeanMethods = false)
class FollowButtons implements WebMvcConfigurer {

    static final String ATTRIBUTE = "followButton";

    private final JdbcClient jdbc;

    FollowButtons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            ModelAndView view) {
                        if (view == null
                                || view.getViewName() == null
                                || view.getViewName().startsWith("redirect:")) {
                            return;
                        }
                        Authentication authentication =
                                SecurityContextHolder.getContext().getAuthentication();
                        NoteReader.Viewer viewer = NoteReader.Viewer.of(authentication);
                        if (!viewer.member()) {
                            return;
                        }
                        button(request, view, viewer.username()).ifPresent((b) -> view.addObject(ATTRIBUTE, b));
                    }
                })
                .addPathPatterns("/processes/*/issues/*/lineup", "/actors/*", "/groups/*");
    }

    private Optional<FollowButton> button(HttpServletRequest request, ModelAndView view, String username) {
        String back =
                request.getRequestURI() + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
        back = back.substring(request.getContextPath().length());
        if (view.getModel().get("issue") instanceof IssueView issue
                && view.getViewName().startsWith("positions/")) {
            boolean following = this.jdbc
                    .sql("select exists (select 1 from follow where username = :user and issue_id = :id)")
                    .param("user", username)
                    .param("id", issue.id())
                    .query(Boolean.class)
                    .single();
            return Optional.of(new FollowButton("issues", issue.id(), following, back));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = (variables != null) ? variables.get("code") : null;
        if (code == null || !view.getViewName().startsWith("actors/")) {
            return Optional.empty();
        }
        String finalBack = back;
        return this.jdbc
                .sql("""
						select a.id, exists (select 1 from follow f where f.username = :user and f.actor_id = a.id)
						       as following
						from actor a where upper(a.code) = upper(:code)
						""")
                .param("user", username)
                .param("code", code)
                .query((rs, n) -> new FollowButton("actors", rs.getLong("id"), rs.getBoolean("following"), finalBack))
                .optional();
    }
}
