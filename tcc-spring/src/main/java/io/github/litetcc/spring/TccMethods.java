package io.github.litetcc.spring;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.annotation.Tcc;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Finds the {@link Tcc} methods of a bean's user class and refuses those a proxy could never intercept. */
final class TccMethods {

    private TccMethods() {
    }

    /** Whether the class may carry {@link Tcc} at all (a cheap test that skips JDK and framework classes). */
    static boolean mayHave(Class<?> userClass) {
        return AnnotationUtils.isCandidateClass(userClass, Tcc.class);
    }

    /**
     * The {@link Tcc} methods of {@code userClass} (its own and inherited, the most specific override of each).
     *
     * @throws ParticipantDefinitionException for an annotated method that is not public, or is static
     */
    static List<Method> find(String beanName, Class<?> userClass) {
        List<Method> found = new ArrayList<>();
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(userClass, ReflectionUtils.USER_DECLARED_METHODS)) {
            if (method.isAnnotationPresent(Tcc.class) && !method.isBridge()) {
                requireInterceptable(beanName, method);
                found.add(method);
            }
        }
        return found;
    }

    private static void requireInterceptable(String beanName, Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            throw new ParticipantDefinitionException("@Tcc on " + describe(beanName, method) + " would never run as a try:"
                    + " Spring AOP intercepts only public instance methods called through the bean's proxy;"
                    + " make it a public instance method");
        }
    }

    static String describe(String beanName, Method method) {
        StringBuilder types = new StringBuilder();
        for (Class<?> type : method.getParameterTypes()) {
            types.append(types.isEmpty() ? "" : ", ").append(type.getSimpleName());
        }
        return "bean '" + beanName + "' method " + method.getName() + "(" + types + ")";
    }
}
