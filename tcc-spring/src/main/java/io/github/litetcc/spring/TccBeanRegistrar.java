package io.github.litetcc.spring;

import io.github.litetcc.ParticipantDefinitionException;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds every bean with {@code @Tcc} methods and hands it to {@link ParticipantRegistration}. Beans are collected as
 * the container finishes them (after the proxy creator, which runs first) and registered once every singleton
 * exists, so resolving fences and data sources never disturbs bean creation; a bean created later (a lazy one) is
 * registered as it appears. Any mistake fails start-up.
 */
public final class TccBeanRegistrar implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, Ordered {
    private final ObjectProvider<ParticipantRegistration> registration;
    private final Map<String, Object> pending = new LinkedHashMap<>();
    private ConfigurableListableBeanFactory beanFactory;
    private volatile boolean started;

    /** @param registration looked up lazily, so that this post-processor does not create its collaborators early */
    public TccBeanRegistrar(ObjectProvider<ParticipantRegistration> registration) {
        this.registration = registration;
    }

    @Override
    public void setBeanFactory(BeanFactory factory) {
        this.beanFactory = factory instanceof ConfigurableListableBeanFactory listable ? listable : null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (!ParticipantRegistration.mayHaveTryMethods(bean)) {
            return bean;
        }
        if (started) {
            register(beanName, bean);
        } else {
            synchronized (pending) {
                pending.put(beanName, bean);
            }
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Object> collected;
        synchronized (pending) {
            collected = new LinkedHashMap<>(pending);
            pending.clear();
            started = true;
        }
        collected.forEach(this::register);
    }

    private void register(String beanName, Object bean) {
        if (ParticipantRegistration.hasTryMethods(beanName, bean)) {
            requireSingleton(beanName);
            registration.getObject().register(beanName, bean);
        }
    }

    private void requireSingleton(String beanName) {
        if (beanFactory != null && beanFactory.containsBeanDefinition(beanName) && !beanFactory.isSingleton(beanName)) {
            throw new ParticipantDefinitionException("Bean '" + beanName + "' has @Tcc methods but is not a singleton:"
                    + " phase 2 and recovery call one registered instance, so a participant bean must be a singleton");
        }
    }

    /** Runs after the proxy creator, so the bean it sees is the one callers get. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
