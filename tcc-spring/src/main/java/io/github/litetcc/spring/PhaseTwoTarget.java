package io.github.litetcc.spring;

import io.github.litetcc.annotation.Tcc;
import org.aopalliance.aop.Advice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.interceptor.ExposeInvocationInterceptor;
import org.springframework.aop.support.AopUtils;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the object a try's confirm and cancel handles are bound to: the bean's proxy when both methods can be
 * reached through it, so that their own advice ({@code @Transactional} and the like) applies; else the raw target,
 * with a start-up warning naming bean and method when that bypasses advice. A phase-2 call through the proxy is never
 * a new try: it runs in a phase-2 context, where the coordinator lets any {@code @Tcc} call straight through.
 */
final class PhaseTwoTarget {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseTwoTarget.class);

    private PhaseTwoTarget() {
    }

    /**
     * @param bean   the object the container exposes (usually a proxy)
     * @param target the bean's ultimate target
     * @return {@code bean} when the try's confirm and cancel are both reachable through it, else {@code target} (also
     *         when one is missing, so that resolving it reports the mistake on the user's class)
     */
    static Object choose(String beanName, Object bean, Object target, Method tryMethod) {
        Optional<List<Method>> methods = bean == target ? Optional.empty() : phaseTwoMethods(target, tryMethod);
        if (methods.isEmpty()) {
            return target;
        }
        List<Method> unreachable = methods.get().stream().filter(method -> !isReachable(bean, method)).toList();
        if (unreachable.isEmpty()) {
            return bean;
        }
        unreachable.stream().filter(method -> isAdvised(bean, method, target)).forEach(method -> warnBypassed(beanName, method));
        return target;
    }

    /** The try's confirm and cancel methods on the target; empty when it names none or one is missing. */
    private static Optional<List<Method>> phaseTwoMethods(Object target, Method tryMethod) {
        Tcc tcc = tryMethod.getAnnotation(Tcc.class);
        List<Method> found = new ArrayList<>();
        for (String name : List.of(tcc.confirm(), tcc.cancel())) {
            Method method = name.isEmpty() ? null : ClassUtils.getMethodIfAvailable(target.getClass(), name, tryMethod.getParameterTypes());
            if (method == null) {
                return Optional.empty();
            }
            found.add(method);
        }
        return Optional.of(found);
    }

    /** A JDK proxy reaches only its interfaces' methods; a class proxy every method it can override. */
    private static boolean isReachable(Object bean, Method method) {
        if (AopUtils.isJdkDynamicProxy(bean)) {
            return ClassUtils.hasMethod(bean.getClass(), method.getName(), method.getParameterTypes());
        }
        return AopUtils.isCglibProxy(bean) && !Modifier.isFinal(method.getModifiers());
    }

    private static boolean isAdvised(Object bean, Method method, Object target) {
        if (!(bean instanceof Advised advised)) {
            return false;
        }
        for (Advisor advisor : advised.getAdvisors()) {
            if (advisor instanceof PointcutAdvisor pointcutAdvisor && !isInfrastructure(advisor.getAdvice())
                    && AopUtils.canApply(pointcutAdvisor.getPointcut(), target.getClass())
                    && pointcutAdvisor.getPointcut().getMethodMatcher().matches(method, target.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInfrastructure(Advice advice) {
        return advice instanceof ExposeInvocationInterceptor;
    }

    private static void warnBypassed(String beanName, Method method) {
        LOG.warn("Confirm or cancel {} has advice (such as @Transactional) that LiteTCC cannot apply: the method is not"
                + " reachable through the bean's proxy, so phase 2 calls it on the target and the advice is ignored."
                + " Declare it on the proxied interface, or use class proxies (spring.aop.proxy-target-class=true)"
                + " and make it non-final", TccMethods.describe(beanName, method));
    }
}
