package org.plenary.caching;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the conditional GET of the public pages ({@link PublicPageCaching}). */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration implements WebMvcConfigurer {

    private final DataVersion version;

    private final ReleaseFingerprint release;

    private final Clock clock;

    CachingConfiguration(DataVersion version, ReleaseFingerprint release, Clock clock) {
        this.version = version;
        this.release = release;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicPageCaching(this.version, this.release, this.clock))
                .addPathPatterns(PublicPageCaching.PATHS);
    }
}
