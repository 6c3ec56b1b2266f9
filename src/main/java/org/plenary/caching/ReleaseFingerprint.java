package org.plenary.caching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What a page's ETag owes to the release rather than the data: a hash of the templates, messages and static files
 * (and the version, when the jar carries one), the same on every node of one build and different after a deployment
 * that changes how a page looks. {@code plenary.release} overrides it.
 */
@Component
class ReleaseFingerprint {

    private final String value;

    ReleaseFingerprint(@Value("${plenary.release:}") String configured) {
        this.value = StringUtils.hasText(configured) ? configured : compute();
    }

    String value() {
        return this.value;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String version = ReleaseFingerprint.class.getPackage().getImplementationVersion();
            digest.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern :
                    new String[] {"classpath*:templates/**/*", "classpath*:static/**/*", "classpath*:messages*"}) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(ReleaseFingerprint::path));
                for (Resource resource : resources) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    digest.update(path(resource).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String path(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int classes = Math.max(url.lastIndexOf("/templates/"), url.lastIndexOf("/static/"));
            return (classes >= 0) ? url.substring(classes) : String.valueOf(resource.getFilename());
        } catch (IOException ex) {
            return String.valueOf(resource.getFilename());
        }
    }
}
