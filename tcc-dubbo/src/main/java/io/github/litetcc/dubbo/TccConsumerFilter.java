package io.github.litetcc.dubbo;

import io.github.litetcc.context.TransactionContextHolder;
import io.github.litetcc.coordinator.RemoteTarget;
import io.github.litetcc.coordinator.RemoteTry;
import io.github.litetcc.model.Phase;
import io.github.litetcc.model.ParticipantId;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.constants.CommonConstants;
import org.apache.dubbo.common.extension.Activate;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;
import org.apache.dubbo.rpc.RpcContext;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.cluster.filter.ClusterFilter;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.ScopeModelAware;

import java.util.Optional;

/**
 * The consumer side, a {@link ClusterFilter}: it runs once per call, outside Dubbo's retries, so a retry reuses the
 * branch it enlisted. Inside a try, a call to a {@link io.github.litetcc.annotation.TccBranch} interface method is
 * enlisted write-ahead in the caller's log, sent with the transaction context, and counted as tried only when the
 * response carries the provider's acknowledgement of that very branch. Every other call passes through untouched.
 */
@Activate(group = CommonConstants.CONSUMER)
public final class TccConsumerFilter implements ClusterFilter, ScopeModelAware {
    private final BranchMethods methods = new BranchMethods();
    private volatile ApplicationModel application;

    @Override
    public void setApplicationModel(ApplicationModel applicationModel) {
        this.application = applicationModel;
    }

    @Override
    public Result invoke(Invoker<?> invoker, Invocation invocation) throws RpcException {
        WireContext.stripInherited(invocation.getObjectAttachments(), RpcContext.getServerAttachment().getObjectAttachments());
        if (TransactionContextHolder.current().isEmpty()) {
            return invoker.invoke(invocation);
        }
        Optional<ParticipantId> branch = methods.branchOf(invoker.getInterface(), invocation.getMethodName(), invocation.getParameterTypes());
        if (branch.isEmpty()) {
            return invoker.invoke(invocation);
        }
        TccDubbo tcc = TccDubbo.require(application);
        URL url = invoker.getUrl();
        RemoteTarget target = new RemoteTarget(branch.get(), blankToNull(url.getGroup()), blankToNull(url.getVersion()));
        Optional<RemoteTry> enlisted = tcc.liteTcc().coordinator().enlistRemote(target, invocation.getArguments());
        if (enlisted.isEmpty()) {
            return invoker.invoke(invocation);
        }
        RemoteTry remote = enlisted.get();
        WireContext context = new WireContext(remote.xid(), remote.branch(), Phase.TRY, remote.remainingAt(tcc.clock().instant()));
        context.toAttachments().forEach(invocation::setAttachment);
        String key = context.acknowledgementKey();
        String expected = context.acknowledgement();
        Result result = invoker.invoke(invocation);
        return result.whenCompleteWithContext((response, failure) -> {
            if (failure == null && response != null && !response.hasException() && expected.equals(response.getAttachment(key))) {
                remote.acknowledge();
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
