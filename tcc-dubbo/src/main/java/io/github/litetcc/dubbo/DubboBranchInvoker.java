package io.github.litetcc.dubbo;

import io.github.litetcc.TransientTccException;
import io.github.litetcc.model.Branch;
import io.github.litetcc.model.BranchKind;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.TransactionKey;
import io.github.litetcc.spi.BranchInvoker;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.service.GenericService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Drives a remote branch's confirm or cancel from any node sharing the log, by generic invocation (interface,
 * group, version, method and parameter types, as the branch records them), with the try's arguments and the
 * context in attachments. The provider's LiteTCC filter serves the call from its participant registry; the
 * placeholder argument array has one element more than the parameter types, so a provider without that filter
 * refuses the call instead of running the try method again. Done only when the answer is the acknowledgement. A
 * call that fails below the application drops its reference, so the next attempt reconnects afresh.
 */
public final class DubboBranchInvoker implements BranchInvoker, AutoCloseable {
    private final GenericReferences references;
    private final Clock clock;

    public DubboBranchInvoker(ApplicationModel application, TccDubboConfig config) {
        this.references = new GenericReferences(Objects.requireNonNull(application, "application"), Objects.requireNonNull(config, "config"));
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean supports(BranchKind kind) {
        return kind == BranchKind.REMOTE;
    }

    @Override
    public void invoke(TransactionKey key, Branch branch, Phase phase, Instant deadline) {
        WireContext context = new WireContext(key.xid(), branch.id(), phase, Duration.between(clock.instant(), deadline));
        GenericService service = references.get(branch.participant().resource(), branch.group(), branch.version());
        String[] types = branch.participant().parameterTypes().toArray(String[]::new);
        RpcContext.getClientAttachment().setAttachment(WireContext.ARGS, Base64.getEncoder().encodeToString(branch.arguments()));
        context.toAttachments().forEach(RpcContext.getClientAttachment()::setAttachment);
        Object answer;
        try {
            answer = service.$invoke(branch.participant().method(), types, new Object[types.length + 1]);
        } catch (RpcException unreachable) {
            references.evict(branch.participant().resource(), branch.group(), branch.version());
            throw unreachable;
        }
        if (!context.acknowledgement().equals(answer)) {
            throw new TransientTccException(phase + " of remote branch " + branch.id() + " (" + branch.participant() + ") for xid "
                    + key.xid() + " got no acknowledgement (answer: " + answer + "); is LiteTCC's filter installed on the provider?");
        }
    }

    @Override
    public void close() {
        references.close();
    }
}
