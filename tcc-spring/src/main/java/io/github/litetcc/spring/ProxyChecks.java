package io.github.litetcc.spring;

import io.github.litetcc.ParticipantDefinitionException;
import org.springframework.aop.Advisor;
import org.springframework.aop.aspectj.AbstractAspectJAdvice;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Start-up checks that every {@code @Tcc} method of a bean is really reached through the {@link TccAspect}: the bean
 * is a proxy carrying the aspect, a JDK proxy exposes the method on one of its interfaces, a CGLIB proxy can
 * override it. A failure names bean, method and the fix.
 */
final class ProxyChecks {

    private ProxyChecks() {
    }

    static void requireAdvised(String beanName, Object bean, List<Method> tryMethods) {
        if (!(bean instanceof Advised advised) || !carriesTccAspect(advised)) {
            throw new ParticipantDefinitionException("Bean '" + beanName + "' (" + tryMethods.get(0).getDeclaringClass().getName()
                    + ") has @Tcc methods but is not proxied by the TCC aspect, so none of its calls would run as a try;"
                    + " let Spring create the bean (no 'new', no registerSingleton), do not make a BeanPostProcessor depend"
                    + " on it (that creates it before proxying is in place), and keep AspectJ auto-proxying on");
        }
        for (Method method : tryMethods) {
            requireReachable(beanName, bean, advised, method);
        }
    }

    private static void requireReachable(String beanName, Object bean, Advised advised, Method method) {
        if (AopUtils.isJdkDynamicProxy(bean) && !declaredByInterface(advised, method)) {
            throw new ParticipantDefinitionException("@Tcc on " + TccMethods.describe(beanName, method) + " is unreachable:"
                    + " the bean is a JDK proxy and none of its interfaces declares the method; declare it on an interface"
                    + " the bean implements, or use class-based proxies (spring.aop.proxy-target-class=true)");
        }
        if (AopUtils.isCglibProxy(bean) && Modifier.isFinal(method.getModifiers())) {
            throw new ParticipantDefinitionException("@Tcc on " + TccMethods.describe(beanName, method) + " is final, so its"
                    + " class-based proxy cannot intercept it; remove 'final'");
        }
    }

    private static boolean declaredByInterface(Advised advised, Method method) {
        for (Class<?> type : advised.getProxiedInterfaces()) {
            try {
                type.getMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                // not on this interface: look at the next one
            }
        }
        return false;
    }

    private static boolean carriesTccAspect(Advised advised) {
        for (Advisor advisor : advised.getAdvisors()) {
            if (advisor.getAdvice() instanceof AbstractAspectJAdvice advice
                    && TccAspect.class.isAssignableFrom(advice.getAspectJAdviceMethod().getDeclaringClass())) {
                return true;
            }
        }
        return false;
    }
}
