package io.github.litetcc.spring.boot;

/**
 * The transaction log ({@code tcc.repository.*}).
 *
 * @param type            Where the log lives: memory (the default; not durable, logged as a warning), jdbc or redis.
 * @param archiveFinished Whether finished records are kept (archived) instead of removed.
 */
public record RepositoryProperties(RepositoryType type, Boolean archiveFinished) {
    static final RepositoryProperties NONE = new RepositoryProperties(null, null);

    /** The chosen type; memory when none is set. */
    public RepositoryType typeOrDefault() {
        return type == null ? RepositoryType.MEMORY : type;
    }

    public boolean archivesFinished() {
        return Boolean.TRUE.equals(archiveFinished);
    }
}
