package io.github.litetcc.spring.boot;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The transaction log ({@code tcc.repository.*}).
 *
 * @param type            Where the log lives: memory (the default; not durable, logged as a warning), jdbc or redis.
 * @param archiveFinished Whether finished records are kept (archived) instead of removed.
 * @param redis           The Redis log, when the type is redis.
 */
public record RepositoryProperties(RepositoryType type, Boolean archiveFinished,
                                   @NestedConfigurationProperty RedisRepositoryProperties redis) {
    static final RepositoryProperties NONE = new RepositoryProperties(null, null, null);

    public RepositoryProperties {
        redis = redis != null ? redis : RedisRepositoryProperties.NONE;
    }

    /** The chosen type; memory when none is set. */
    public RepositoryType typeOrDefault() {
        return type == null ? RepositoryType.MEMORY : type;
    }

    public boolean archivesFinished() {
        return Boolean.TRUE.equals(archiveFinished);
    }
}
