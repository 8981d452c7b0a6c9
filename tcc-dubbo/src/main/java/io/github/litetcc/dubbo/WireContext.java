package io.github.litetcc.dubbo;

import io.github.litetcc.InvalidInputException;
import io.github.litetcc.model.BranchId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.Xid;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The transaction context as it crosses the wire in Dubbo attachments: format version, xid, branch id, phase and
 * the time remaining to the deadline (relative, so the two JVMs' clocks need not agree). Small and validated:
 * a malformed attachment is refused with an {@link InvalidInputException} naming it, never half-read.
 */
public record WireContext(Xid xid, BranchId branch, Phase phase, Duration remaining) {
    /** The attachment keys; lower case, since some protocols (triple over HTTP/2) lower-case them. */
    public static final String VERSION = "tcc-v";
    public static final String XID = "tcc-xid";
    public static final String BRANCH = "tcc-branch";
    public static final String PHASE = "tcc-phase";
    public static final String REMAINING = "tcc-remaining";
    /** A confirm's or cancel's try arguments, as the caller's log stores them, in Base64. */
    public static final String ARGS = "tcc-args";
    /** The prefix of the provider's acknowledgement in the response; the key ends with the branch id. */
    public static final String ACK_PREFIX = "tcc-ack-";
    /** The format this version of LiteTCC writes and reads. */
    public static final String FORMAT = "1";
    private static final long MAX_REMAINING_MILLIS = Duration.ofDays(1).toMillis();

    public WireContext {
        Objects.requireNonNull(xid, "xid");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(remaining, "remaining");
        if (branch.isRoot()) {
            throw new InvalidInputException("A remote branch cannot be the root branch 0 (xid " + xid + ")");
        }
        remaining = remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Reads the context from a request's attachments: empty when it carries none (a plain call). */
    public static java.util.Optional<WireContext> read(Map<String, Object> attachments) {
        Object phase = attachments.get(PHASE);
        if (phase == null) {
            return java.util.Optional.empty();
        }
        String version = text(attachments, VERSION);
        if (!FORMAT.equals(version)) {
            throw new InvalidInputException("Unsupported LiteTCC attachment format '" + abbreviate(version) + "' (this node reads "
                    + FORMAT + "); upgrade the older side");
        }
        return java.util.Optional.of(new WireContext(Xid.parse(text(attachments, XID)), BranchId.parse(text(attachments, BRANCH)),
                parsePhase(phase.toString()), Duration.ofMillis(parseRemaining(text(attachments, REMAINING)))));
    }

    /**
     * Removes a context that Dubbo passed on from the request this thread serves into an outgoing call (Dubbo
     * copies a provider's inbound attachments into its outgoing calls): the outgoing call is not part of that
     * branch. A context written for the outgoing call itself (another branch) is kept.
     */
    static void stripInherited(Map<String, Object> outgoing, Map<String, Object> serving) {
        if (outgoing.get(PHASE) == null || serving.get(PHASE) == null) {
            return;
        }
        if (Objects.equals(outgoing.get(XID), serving.get(XID)) && Objects.equals(outgoing.get(BRANCH), serving.get(BRANCH))) {
            for (String key : new String[] {VERSION, XID, BRANCH, PHASE, REMAINING, ARGS}) {
                outgoing.remove(key);
            }
        }
    }

    /** The attachments that carry this context. */
    public Map<String, String> toAttachments() {
        Map<String, String> out = new HashMap<>(8);
        out.put(VERSION, FORMAT);
        out.put(XID, xid.toString());
        out.put(BRANCH, branch.toString());
        out.put(PHASE, phase.name());
        out.put(REMAINING, Long.toString(remaining.toMillis()));
        return out;
    }

    /** The deadline on this JVM's clock. */
    public Instant deadlineFrom(Instant now) {
        return now.plus(remaining);
    }

    /** The acknowledgement a provider answers when this context's phase is done on its side. */
    public String acknowledgement() {
        return xid + "/" + branch + "/" + phase.name();
    }

    /** The response attachment key of this branch's acknowledgement. */
    public String acknowledgementKey() {
        return ACK_PREFIX + branch;
    }

    private static String text(Map<String, Object> attachments, String key) {
        Object value = attachments.get(key);
        if (value == null) {
            throw new InvalidInputException("LiteTCC attachment '" + key + "' is missing");
        }
        return value.toString();
    }

    private static Phase parsePhase(String value) {
        for (Phase phase : Phase.values()) {
            if (phase.name().equals(value)) {
                return phase;
            }
        }
        throw new InvalidInputException("LiteTCC attachment '" + PHASE + "' must be TRY, CONFIRM or CANCEL, was '" + abbreviate(value) + "'");
    }

    private static long parseRemaining(String value) {
        try {
            long millis = Long.parseLong(value);
            if (millis < 0 || millis > MAX_REMAINING_MILLIS) {
                throw new NumberFormatException();
            }
            return millis;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("LiteTCC attachment '" + REMAINING + "' must be 0 to " + MAX_REMAINING_MILLIS
                    + " milliseconds, was '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
