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

/**
 * Finds every bean with {@code @Tcc} methods and hands it to {@link ParticipantRegistration}: once every singleton
 * exists, it goes through all of them (so resolving fences and data sources never disturbs bean creation, and a bean
 * created too early to be proxied is caught rather than silently left without TCC); a bean created later (a lazy
 * one) is registered as the container finishes it. Any mistake fails start-up.
 */
public final class TccBeanRegistrar implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, Ordered {
    private final ObjectProvider<ParticipantRegistration> registration;
    private ConfigurableListableBeanFactory beanFactory;
    private volatile boolean started;

    /** @param registration looked up lazily, so that this post-processor does not create its collaborators early */
    public TccBeanRegistrar(ObjectProvider<ParticipantRegistration> registration) {
        this.registration = registration;
    }

    @Override
    public void setBeanFactory(BeanFactory factory) {
        if (!(factory instanceof ConfigurableListableBeanFactory listable)) {
            throw new IllegalStateException("LiteTCC needs a ConfigurableListableBeanFactory, got " + factory);
        }
        this.beanFactory = listable;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (started && ParticipantRegistration.mayHaveTryMethods(bean)) {
            register(beanName, bean);
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            Class<?> type = beanFactory.isSingleton(beanName) ? null : beanFactory.getType(beanName, false);
            if (type != null && ParticipantRegistration.hasTryMethods(beanName, type)) {
                requireSingleton(beanName);
            }
        }
        for (String beanName : beanFactory.getSingletonNames()) {
            Object bean = beanFactory.getSingleton(beanName);
            if (bean != null && ParticipantRegistration.mayHaveTryMethods(bean)) {
                register(beanName, bean);
            }
        }
        started = true;
    }

    private void register(String beanName, Object bean) {
        if (ParticipantRegistration.hasTryMethods(beanName, bean)) {
            requireSingleton(beanName);
            registration.getObject().register(beanName, bean);
        }
    }

    private void requireSingleton(String beanName) {
        if (beanFactory.containsBeanDefinition(beanName) && !beanFactory.isSingleton(beanName)) {
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
