package org.plenary.caching;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own URL pattern. Stylesheets and scripts are linked under URLs carrying a
 * hash of their content (the templates' {@code @{...}} links are rewritten by {@link ResourceUrlEncodingFilter}) and
 * kept for a year; the favicon and the map for a day.
 *
 * <p>Why not Boot's default {@code /**} mapping: the link rewriting asks every matching resource handler whether a
 * link names a static file, and under {@code /**} every link of a page matched, so each {@code /actors/AUT} link of a
 * 200-actor line-up became a failed class-path look-up (the line-up page at 10x data fell to 1.8 requests/s,
 * docs/benchmarks/lineup-benchmark.md). With one pattern per folder, a page link matches none and costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    private static final CacheControl VERSIONED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    private static final CacheControl UNVERSIONED =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(VERSIONED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/maps/**")
                .addResourceLocations("classpath:/static/maps/")
                .setCacheControl(UNVERSIONED);
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(UNVERSIONED);
    }

    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }
}
