package org.plenary;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that reach the database on the current thread, whatever issues them (JPA, JDBC), so
 * tests can assert how many statements a page runs. The test context wraps its DataSource with it.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

    private static final ThreadLocal<java.util.List<String>> STATEMENTS =
            ThreadLocal.withInitial(java.util.ArrayList::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .afterQuery((execution, queries) -> queries.stream()
                            .map(net.ttddyy.dsproxy.QueryInfo::getQuery)
                            .filter((query) -> !isSessionBookkeeping(query))
                            .forEach((query) -> {
                                COUNT.get().incrementAndGet();
                                STATEMENTS.get().add(query);
                            }))
                    .build();
        }
        return bean;
    }

    /**
     * Spring Session JDBC's own statements (saving the session a signed-in request opened: a fixed cost per request,
     * not the page's reads) are not counted; the page's statements are.
     */
    private static boolean isSessionBookkeeping(String sql) {
        return sql != null && sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get().set(0);
        STATEMENTS.get().clear();
    }

    /** The statements counted since the last {@link #reset()}, one per line: a failed count says which they were. */
    public static String statements() {
        return String.join("\n", STATEMENTS.get());
    }

    /** Statements run on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get().get();
    }
}
