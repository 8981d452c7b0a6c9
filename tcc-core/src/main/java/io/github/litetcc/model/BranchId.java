package io.github.litetcc.model;

import io.github.litetcc.InvalidInputException;

import java.util.Arrays;

/**
 * A hierarchical branch id assigned by the caller: the starter's branches are {@code 1}, {@code 2},
 * …; the branches that participant {@code 2} enlists are {@code 2.1}, {@code 2.2}, …. {@link #ROOT}
 * ({@code 0}) stands for the starter itself. Unique across a transaction's whole tree, so
 * (xid, branch id) names one branch everywhere. Immutable.
 */
public final class BranchId implements Comparable<BranchId> {
    /** The starter's own position in the tree: the parent of the top-level branches. */
    public static final BranchId ROOT = new BranchId(new int[0], "0");
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 16;

    private final int[] path;
    private final String text;

    private BranchId(int[] path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Parses {@code 0} (root) or dot-separated positive numbers; throws {@link InvalidInputException} naming the input. */
    public static BranchId parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException("Malformed branch id: empty (expected e.g. '1' or '2.1')");
        }
        if (text.equals("0")) {
            return ROOT;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > MAX_DEPTH) {
            throw new InvalidInputException("Malformed branch id '" + Xid.abbreviate(text)
                    + "': deeper than " + MAX_DEPTH + " levels");
        }
        int[] path = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            path[i] = parsePart(text, parts[i]);
        }
        return new BranchId(path, text);
    }

    /** The id of this branch's {@code n}-th child (n ≥ 1). */
    public BranchId child(int n) {
        if (n < 1) {
            throw new InvalidInputException("Branch number must be positive, was " + n);
        }
        if (path.length >= MAX_DEPTH) {
            throw new InvalidInputException("Branch " + text + " cannot have children: nesting deeper than " + MAX_DEPTH);
        }
        int[] childPath = Arrays.copyOf(path, path.length + 1);
        childPath[path.length] = n;
        return new BranchId(childPath, isRoot() ? Integer.toString(n) : text + "." + n);
    }

    /** The branch that enlisted this one ({@link #ROOT} for a top-level branch); the root has no parent. */
    public BranchId parent() {
        if (isRoot()) {
            throw new IllegalStateException("The root branch has no parent");
        }
        if (path.length == 1) {
            return ROOT;
        }
        return new BranchId(Arrays.copyOf(path, path.length - 1), text.substring(0, text.lastIndexOf('.')));
    }

    public boolean isRoot() {
        return path.length == 0;
    }

    public int depth() {
        return path.length;
    }

    @Override
    public int compareTo(BranchId other) {
        return Arrays.compare(path, other.path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BranchId id && id.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private static int parsePart(String text, String part) {
        if (part.isEmpty() || part.length() > 9 || part.charAt(0) == '0' || !part.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("Malformed branch id '" + Xid.abbreviate(text)
                    + "': expected dot-separated positive numbers such as '2.1'");
        }
        return Integer.parseInt(part);
    }
}
