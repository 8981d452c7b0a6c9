package io.github.litetcc.dubbo;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.TccException;
import io.github.litetcc.context.TransactionContext;
import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.coordinator.InboundPhase;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Filter;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.ScopeModelAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The provider side. A TRY binds the inbound context (cleared in {@code finally}, so nothing leaks into the next
 * request on a pooled thread) and lets the call through to the {@code @Tcc} method, which the coordinator runs in
 * the participant's fence; the response carries the acknowledgement only if that try committed. A CONFIRM or CANCEL
 * never reaches the exported service: it is served from the participant registry inside the fence, and answered
 * with the acknowledgement only when the branch and its own children are done. Ordered after Dubbo's class-loader
 * filter and before its generic filter, so it sees phase 2's generic calls as they came.
 */
@Activate(group = CommonConstants.PROVIDER, order = -25000)
public final class TccProviderFilter implements Filter, Filter.Listener, ScopeModelAware {
    private static final Logger LOG = LoggerFactory.getLogger(TccProviderFilter.class);
    private static final String GENERIC_INVOKE = "$invoke";
    private static final int MAX_ARGUMENTS_BASE64 = 1 << 22;
    private static final String PENDING_ACK = "litetcc.pending-ack";

    private volatile ApplicationModel application;

    @Override
    public void setApplicationModel(ApplicationModel applicationModel) {
        this.application = applicationModel;
    }

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        Optional<WireContext> wire;
        try {
            wire = WireContext.read(invocation.getObjectAttachments());
        } catch (TccException e) {
            return refuse(invocation, "Refused a call to " + invoker.getInterface().getName() + "." + invocation.getMethodName()
                    + ": " + e.getMessage());
        }
        if (wire.isEmpty()) {
            return invoker.invoke(invocation);
        }
        LiteTcc tcc = TccDubbo.require(application).liteTcc();
        WireContext context = wire.get();
        Instant deadline = context.deadlineFrom(TccDubbo.require(application).clock().instant());
        return context.phase() == Phase.TRY
                ? serveTry(tcc, invoker, invocation, context, deadline)
                : servePhaseTwo(tcc, invoker, invocation, context, deadline);
    }

    private static Result serveTry(LiteTcc tcc, Invoker<?> invoker, Invocation invocation, WireContext wire, Instant deadline) {
        ParticipantId id = new ParticipantId(invoker.getInterface().getName(), invocation.getMethodName(),
                Arrays.stream(invocation.getParameterTypes()).map(Class::getName).toList());
        if (tcc.participants().find(id).isEmpty()) {
            return refuse(invocation, "No @Tcc try method is registered for " + id + " on this provider; mark the implementing"
                    + " bean's method with @Tcc (and the interface method with @TccBranch)");
        }
        TransactionContext inbound = TransactionContext.inbound(wire.xid(), wire.branch(), Phase.TRY, deadline);
        invocation.put(PENDING_ACK, new PendingAck(wire.acknowledgementKey(), wire.acknowledgement(), inbound));
        try (TransactionContextHolder.Scope ignored = TransactionContextHolder.open(inbound)) {
            return invoker.invoke(invocation);
        }
    }

    private static Result servePhaseTwo(LiteTcc tcc, Invoker<?> invoker, Invocation invocation, WireContext wire, Instant deadline) {
        try {
            InboundPhase call = new InboundPhase(wire.xid(), wire.branch(), wire.phase(), deadline,
                    phaseTwoTarget(invoker, invocation), arguments(invocation));
            tcc.inboundPhaseTwo().serve(call);
            invocation.put(PENDING_ACK, new PendingAck(wire.acknowledgementKey(), wire.acknowledgement(), null));
            return AsyncRpcResult.newDefaultAsyncResult(wire.acknowledgement(), invocation);
        } catch (Exception | LinkageError e) {
            LOG.warn("{} of branch {} for xid {} did not complete here: {}", wire.phase(), wire.branch(), wire.xid(), e.toString());
            return refuse(invocation, wire.phase() + " of branch " + wire.branch() + " for xid " + wire.xid() + " did not complete on "
                    + invoker.getInterface().getName() + ": " + e);
        }
    }

    /**
     * Answers with the acknowledgement once the call is done. Its key names the branch: Dubbo copies the response
     * attachments of this thread's own outgoing calls (a nested participant's children) into this response, and
     * a child's acknowledgement must not stand for this branch's.
     */
    @Override
    public void onResponse(Result result, Invoker<?> invoker, Invocation invocation) {
        if (!(invocation.get(PENDING_ACK) instanceof PendingAck pending)) {
            return;
        }
        boolean done = pending.inbound() == null || pending.inbound().acknowledgement().isAcknowledged();
        if (done && !result.hasException()) {
            result.setAttachment(pending.key(), pending.acknowledgement());
        }
    }

    @Override
    public void onError(Throwable failure, Invoker<?> invoker, Invocation invocation) {
        // nothing to acknowledge
    }

    /** The try method a phase-2 generic call names: {@code $invoke(method, parameter types, placeholders)}. */
    private static ParticipantId phaseTwoTarget(Invoker<?> invoker, Invocation invocation) {
        Object[] arguments = invocation.getArguments();
        if (!GENERIC_INVOKE.equals(invocation.getMethodName()) || arguments == null || arguments.length != 3
                || !(arguments[0] instanceof String method) || !(arguments[1] instanceof String[] types)) {
            throw new io.github.litetcc.InvalidInputException("A LiteTCC confirm or cancel must arrive as a generic call $invoke(method,"
                    + " parameter types, arguments), not as " + invocation.getMethodName());
        }
        return new ParticipantId(invoker.getInterface().getName(), method, List.of(types));
    }

    private static byte[] arguments(Invocation invocation) {
        Object encoded = invocation.getObjectAttachment(WireContext.ARGS);
        if (encoded == null) {
            throw new io.github.litetcc.InvalidInputException("LiteTCC attachment '" + WireContext.ARGS + "' is missing");
        }
        String text = encoded.toString();
        if (text.length() > MAX_ARGUMENTS_BASE64) {
            throw new io.github.litetcc.InvalidInputException("LiteTCC attachment '" + WireContext.ARGS + "' is " + text.length()
                    + " characters, more than " + MAX_ARGUMENTS_BASE64);
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new io.github.litetcc.InvalidInputException("LiteTCC attachment '" + WireContext.ARGS + "' is not Base64");
        }
    }

    private record PendingAck(String key, String acknowledgement, TransactionContext inbound) {
    }

    private static Result refuse(Invocation invocation, String message) {
        return AsyncRpcResult.newDefaultAsyncResult(new RpcException(message), invocation);
    }
}
