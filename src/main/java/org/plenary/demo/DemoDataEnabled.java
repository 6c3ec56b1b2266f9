package org.plenary.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code plenary.demo} (PLENARY_DEMO) decides when set; unset, demo data is on exactly when no database is
 * configured, that is, for the embedded database. Public so that feature modules load their demo data under it too.
 */
public class DemoDataEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String demo = context.getEnvironment().getProperty("plenary.demo");
        if (StringUtils.hasText(demo)) {
            return Boolean.parseBoolean(demo.strip());
        }
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
