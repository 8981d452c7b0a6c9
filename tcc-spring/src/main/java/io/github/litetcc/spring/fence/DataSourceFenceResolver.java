package io.github.litetcc.spring.fence;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spi.Fence;
import io.github.litetcc.spring.FenceResolver;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.ResourceTransactionManager;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fences each participant in its own data source: the one {@code @Tcc(dataSource = ...)} names, else the configured
 * default ({@code tcc.fence.data-source}), else the only {@code DataSource} bean. With no data source at all the
 * participant runs unfenced; with several and nothing to choose by, start-up fails naming bean and method. One
 * {@link TransactionalFence} per data source, run by the application's transaction manager for that data source
 * when it has one (so {@code @Transactional} business code joins the fenced phase), else by a
 * {@link DataSourceTransactionManager}. A starter without confirm and cancel has no branch of its own and no fence.
 */
public final class DataSourceFenceResolver implements FenceResolver {
    private final ListableBeanFactory beans;
    private final String defaultDataSource;
    private final DataSourceFenceFactory factory;
    private final Map<String, Fence> fences = new LinkedHashMap<>();

    /** @param defaultDataSource the bean name to use when a method names none, or {@code null} */
    public DataSourceFenceResolver(ListableBeanFactory beans, String defaultDataSource, DataSourceFenceFactory factory) {
        this.beans = beans;
        this.defaultDataSource = defaultDataSource == null || defaultDataSource.isBlank() ? null : defaultDataSource;
        this.factory = factory;
    }

    @Override
    public synchronized Optional<Fence> fenceFor(String beanName, Method tryMethod) {
        Tcc tcc = tryMethod.getAnnotation(Tcc.class);
        if (tcc == null || tcc.confirm().isEmpty()) {
            return Optional.empty();
        }
        Map<String, DataSource> dataSources = beans.getBeansOfType(DataSource.class, false, true);
        String name = chooseDataSource(beanName, tryMethod, tcc.dataSource(), dataSources);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(fences.computeIfAbsent(name, n -> create(n, dataSources.get(n))));
    }

    @Override
    public synchronized Map<String, Fence> fences() {
        return Map.copyOf(fences);
    }

    private String chooseDataSource(String beanName, Method method, String named, Map<String, DataSource> dataSources) {
        if (!named.isEmpty()) {
            return require(named, dataSources, "@Tcc(dataSource = \"" + named + "\") on " + describe(beanName, method));
        }
        if (defaultDataSource != null) {
            return require(defaultDataSource, dataSources, "tcc.fence.data-source=" + defaultDataSource
                    + " (used by " + describe(beanName, method) + ")");
        }
        if (dataSources.size() > 1) {
            throw new ParticipantDefinitionException("Cannot tell which data source holds the fence of " + describe(beanName, method)
                    + ": there are " + dataSources.keySet() + "; name one with @Tcc(dataSource = \"...\") or set tcc.fence.data-source");
        }
        return dataSources.isEmpty() ? null : dataSources.keySet().iterator().next();
    }

    private static String require(String name, Map<String, DataSource> dataSources, String subject) {
        if (!dataSources.containsKey(name)) {
            throw new ParticipantDefinitionException(subject + " names a data source that does not exist: there is no DataSource"
                    + " bean '" + name + "' (found " + dataSources.keySet() + "); use one of those names");
        }
        return name;
    }

    private Fence create(String name, DataSource dataSource) {
        return new TransactionalFence(factory.create(name, dataSource), transactionManagerFor(dataSource));
    }

    private PlatformTransactionManager transactionManagerFor(DataSource dataSource) {
        for (ResourceTransactionManager manager : beans.getBeansOfType(ResourceTransactionManager.class, false, true).values()) {
            if (manager.getResourceFactory() == dataSource) {
                return manager;
            }
        }
        return new DataSourceTransactionManager(dataSource);
    }

    private static String describe(String beanName, Method method) {
        return "bean '" + beanName + "' method " + method.getName() + "()";
    }
}
