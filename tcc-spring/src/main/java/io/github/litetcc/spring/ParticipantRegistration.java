package io.github.litetcc.spring;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.participant.Participant;
import io.github.litetcc.participant.ParticipantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one {@code @Tcc} bean into registered participants: validates its methods and its proxy, resolves each
 * try's confirm and cancel handles (bound to the bean's proxy where it reaches them, so their own advice applies,
 * else to the target: see {@link PhaseTwoTarget}) with its fence, registers them, and logs what a developer should
 * know: self-invocations that bypass the proxy, and participants that run without a fence.
 */
public final class ParticipantRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantRegistration.class);

    private final ParticipantRegistry registry;
    private final ParticipantDirectory directory;
    private final FenceResolver fences;

    public ParticipantRegistration(ParticipantRegistry registry, ParticipantDirectory directory, FenceResolver fences) {
        this.registry = registry;
        this.directory = directory;
        this.fences = fences;
    }

    /**
     * Registers the {@code @Tcc} methods of {@code bean} (the object the container exposes, usually a proxy).
     *
     * @return the participants registered; empty if the bean has no {@code @Tcc} method
     * @throws io.github.litetcc.ParticipantDefinitionException naming bean, method and the fix, for any mistake
     */
    public List<Participant> register(String beanName, Object bean) {
        Object target = ultimateTarget(bean);
        Class<?> userClass = ClassUtils.getUserClass(target);
        List<Method> tryMethods = TccMethods.find(beanName, userClass);
        if (tryMethods.isEmpty()) {
            return List.of();
        }
        ProxyChecks.requireAdvised(beanName, bean, tryMethods);
        List<Participant> participants = new ArrayList<>();
        for (Method method : tryMethods) {
            Tcc tcc = method.getAnnotation(Tcc.class);
            Object phaseTwoTarget = PhaseTwoTarget.choose(beanName, bean, target, method);
            participants.add(Participant.resolve(beanName, phaseTwoTarget, method, tcc.confirm(), tcc.cancel(),
                    fences.fenceFor(beanName, method).orElse(null)));
        }
        for (Participant participant : participants) {
            registry.registerWithInterfaces(participant, userClass);
            directory.register(target, participant);
        }
        warnAboutSelfInvocation(beanName, userClass, tryMethods);
        warnAboutUnfenced(beanName, participants);
        return participants;
    }

    static boolean mayHaveTryMethods(Object bean) {
        return TccMethods.mayHave(ClassUtils.getUserClass(ultimateTarget(bean)));
    }

    static boolean hasTryMethods(String beanName, Object bean) {
        return hasTryMethods(beanName, ClassUtils.getUserClass(ultimateTarget(bean)));
    }

    static boolean hasTryMethods(String beanName, Class<?> type) {
        Class<?> userClass = ClassUtils.getUserClass(type);
        return TccMethods.mayHave(userClass) && !TccMethods.find(beanName, userClass).isEmpty();
    }

    private static Object ultimateTarget(Object bean) {
        Object current = bean;
        Object next = AopProxyUtils.getSingletonTarget(current);
        while (next != null) {
            current = next;
            next = AopProxyUtils.getSingletonTarget(current);
        }
        return current;
    }

    private static void warnAboutSelfInvocation(String beanName, Class<?> userClass, List<Method> tryMethods) {
        for (String call : SelfInvocationDetector.find(userClass, tryMethods)) {
            LOG.warn("Bean '{}' calls its own @Tcc method on 'this' ({}): such a call bypasses the proxy and runs without"
                    + " TCC. Call it through the bean (inject it, or split the method into another bean)", beanName, call);
        }
    }

    private static void warnAboutUnfenced(String beanName, List<Participant> participants) {
        for (Participant participant : participants) {
            if (participant.fence().isEmpty() && participant.hasPhaseTwo()) {
                LOG.warn("Participant {} runs without a fence: its confirm and cancel may run more than once, a cancel may"
                        + " arrive for a try that never ran, and a try may arrive after its cancel; it must handle all three"
                        + " itself (give it a DataSource and tcc-repository-jdbc to fence it)", participant.id());
            }
        }
    }
}
