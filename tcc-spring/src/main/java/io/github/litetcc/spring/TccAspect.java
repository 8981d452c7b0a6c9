package io.github.litetcc.spring;

import io.github.litetcc.coordinator.TccCoordinator;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs every call of a {@link io.github.litetcc.annotation.Tcc} method through the {@link TccCoordinator}, which
 * decides the call's role from the thread's context (starter, local participant, plain call in phase 2, remote
 * participant). Thin on purpose: it looks the participant up (one cached map read) and delegates. Works with JDK
 * and CGLIB proxies.
 *
 * <p>Ordered outside {@code @Transactional} by default ({@link #DEFAULT_ORDER}), so a local rollback inside the try
 * counts as a failed try. The annotation is not bound as an advice argument: binding it breaks at the very highest
 * precedence.
 */
@Aspect
public final class TccAspect implements Ordered, SmartInitializingSingleton {
    /** The default order: outside {@code @Transactional} (lowest precedence) and most other advice. */
    public static final int DEFAULT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final Supplier<TccCoordinator> coordinatorSupplier;
    private final ParticipantDirectory directory;
    private final int order;
    private volatile TccCoordinator coordinator;

    /**
     * @param coordinator asked once every singleton exists: the aspect is created while the container builds its
     *                    proxies, too early to create the coordinator and everything it needs
     */
    public TccAspect(Supplier<TccCoordinator> coordinator, ParticipantDirectory directory, int order) {
        this.coordinatorSupplier = Objects.requireNonNull(coordinator, "coordinator");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.order = order;
    }

    /** Delegates the call to the coordinator as the try of the method's participant. */
    @Around("@annotation(io.github.litetcc.annotation.Tcc) && execution(* *(..))")
    public Object aroundTry(ProceedingJoinPoint call) throws Throwable {
        ParticipantDirectory.Entry entry = directory.require(call.getTarget(), ((MethodSignature) call.getSignature()).getMethod());
        return coordinator().execute(entry.participant(), call.getArgs(), entry.timeout(), call::proceed);
    }

    /** Takes the coordinator now, so that a call after the context closed meets the shut-down coordinator. */
    @Override
    public void afterSingletonsInstantiated() {
        coordinator();
    }

    private TccCoordinator coordinator() {
        TccCoordinator current = coordinator;
        if (current == null) {
            current = Objects.requireNonNull(coordinatorSupplier.get(), "no TccCoordinator");
            coordinator = current;
        }
        return current;
    }

    @Override
    public int getOrder() {
        return order;
    }
}
