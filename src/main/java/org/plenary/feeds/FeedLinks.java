package org.plenary.feeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriUtils;

import org.plenary.notes.Tags;

/**
 * Which page has which feed: the process page, its notes (and a tag's notes) and its day's digest announce the
 * process' (or the tag's) feed, an actor's or a group's page the actor's. Added to the model as {@code feedLinks};
 * the layout turns them into {@code <link rel="alternate">} and {@code feeds/links :: visible} into links on the
 * page. Kept here, with the feeds, so that the pages' own modules need not know about feeds.
 */
@Configuration(proxyBeanMethods = false)
class FeedLinks implements WebMvcConfigurer {

    /** A feed a page announces: its URL (from the context path) and its title. */
    public record FeedLink(String href, String title) {}

    static final String ATTRIBUTE = "feedLinks";

    private final MessageSource messages;

    FeedLinks(MessageSource messages) {
        this.messages = messages;
    }

    static String processFeed(String slug) {
        return "/processes/" + slug + "/feed.atom";
    }

    static String tagFeed(String slug, String tag) {
        return "/processes/" + slug + "/tags/" + UriUtils.encodePathSegment(tag, StandardCharsets.UTF_8) + "/feed.atom";
    }

    static String actorFeed(String code) {
        return "/actors/" + code + "/feed.atom";
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
                        if (view != null
                                && view.getViewName() != null
                                && !view.getViewName().startsWith("redirect:")) {
                            List<FeedLink> links = links(request, view.getViewName());
                            if (!links.isEmpty()) {
                                view.addObject(ATTRIBUTE, links);
                            }
                        }
                    }
                })
                .addPathPatterns(
                        "/processes/*",
                        "/processes/*/notes",
                        "/processes/*/notes/days/*",
                        "/processes/*/digest/*",
                        "/actors/*",
                        "/groups/*");
    }

    private List<FeedLink> links(HttpServletRequest request, String viewName) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return List.of();
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String context = request.getContextPath();
        List<FeedLink> links = new ArrayList<>();
        String slug = variables.get("slug");
        String code = variables.get("code");
        if (slug != null
                && (viewName.startsWith("process/process")
                        || viewName.startsWith("notes/")
                        || viewName.startsWith("digest/"))) {
            String tag = request.getParameter("tag");
            List<String> tags = StringUtils.hasText(tag) ? Tags.parse(tag) : List.of();
            if (tags.size() == 1) {
                links.add(new FeedLink(
                        context + tagFeed(slug, tags.get(0)), message("feed.link.tag", locale, tags.get(0))));
            }
            links.add(new FeedLink(context + processFeed(slug), message("feed.link.process", locale)));
        } else if (code != null && viewName.startsWith("actors/")) {
            links.add(new FeedLink(context + actorFeed(code), message("feed.link.actor", locale)));
        }
        return links;
    }

    private String message(String key, Locale locale, Object... args) {
        return this.messages.getMessage(key, args, locale);
    }
}
