package io.github.litetcc.redis;

import java.util.List;

/** A Redis deployment the tests run against: standalone or Sentinel (one URI) or a cluster (seed URIs). */
public record RedisTarget(String name, String uri, List<String> clusterSeeds) {

    public static RedisTarget single(String name, String uri) {
        return new RedisTarget(name, uri, List.of());
    }

    public static RedisTarget cluster(List<String> seeds) {
        return new RedisTarget("cluster", seeds.get(0), List.copyOf(seeds));
    }

    public boolean isCluster() {
        return !clusterSeeds.isEmpty();
    }

    /** A new connection (the caller closes it). */
    public RedisConnection connect() {
        return isCluster() ? RedisConnection.openCluster(clusterSeeds) : RedisConnection.open(uri);
    }

    @Override
    public String toString() {
        return name;
    }
}
