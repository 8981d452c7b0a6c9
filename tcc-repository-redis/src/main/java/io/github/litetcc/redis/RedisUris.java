package io.github.litetcc.redis;

import io.github.litetcc.TccConfigurationException;
import io.lettuce.core.RedisURI;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.List;
import java.util.ArrayList;

/** Parses and validates the Redis URIs LiteTCC accepts, and masks their passwords for messages. */
final class RedisUris {
    private static final Set<String> STANDALONE_SCHEMES = Set.of("redis", "rediss", "redis-sentinel", "rediss-sentinel");
    private static final Set<String> CLUSTER_SCHEMES = Set.of("redis", "rediss");
    private static final Pattern USER_INFO = Pattern.compile("(://)([^@/]*)@");

    private RedisUris() {
    }

    /** A standalone ({@code redis://}, TLS {@code rediss://}) or Sentinel ({@code redis-sentinel://…#master}) URI. */
    static RedisURI parseStandaloneOrSentinel(String uri) {
        return parse(uri, STANDALONE_SCHEMES);
    }

    /** One seed node of a cluster: {@code redis://} or {@code rediss://}. */
    static RedisURI parseClusterNode(String uri) {
        return parse(uri, CLUSTER_SCHEMES);
    }

    /** The URI with its password replaced by {@code ****}; safe to log. */
    static String mask(String uri) {
        if (uri == null) {
            return "null";
        }
        Matcher matcher = USER_INFO.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String userInfo = matcher.group(2);
            int colon = userInfo.indexOf(':');
            String masked = colon < 0 ? "****" : userInfo.substring(0, colon) + ":****";
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + masked + "@"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The passwords a parsed URI carries (its own and its sentinels'), to scrub them from any message. */
    static List<String> passwords(RedisURI uri) {
        List<String> passwords = new ArrayList<>();
        Stream.concat(Stream.of(uri), uri.getSentinels().stream())
                .map(RedisURI::getPassword).filter(p -> p != null && p.length > 0)
                .forEach(p -> passwords.add(new String(p)));
        return passwords;
    }

    /** {@code text} with every occurrence of the given passwords replaced by {@code ****}. */
    static String scrub(String text, List<String> passwords) {
        String scrubbed = String.valueOf(text);
        for (String password : passwords) {
            scrubbed = scrubbed.replace(password, "****");
        }
        return scrubbed;
    }

    private static RedisURI parse(String uri, Set<String> schemes) {
        if (uri == null || uri.isBlank()) {
            throw new TccConfigurationException("Redis URI must not be empty, was '" + uri + "'");
        }
        int schemeEnd = uri.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : uri.substring(0, schemeEnd);
        if (!schemes.contains(scheme)) {
            throw new TccConfigurationException("Redis URI '" + mask(uri) + "' has scheme '" + scheme
                    + "'; expected one of " + schemes);
        }
        if (scheme.endsWith("sentinel") && (!uri.contains("#") || uri.endsWith("#"))) {
            throw new TccConfigurationException("Sentinel URI '" + mask(uri) + "' names no master: add '#<master-name>'");
        }
        try {
            return RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new TccConfigurationException("Redis URI '" + mask(uri) + "' is malformed: " + e.getMessage());
        }
    }
}
