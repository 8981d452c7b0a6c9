package io.github.litetcc.participant;

import io.github.litetcc.annotation.Tcc;
import io.github.litetcc.spi.Fence;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Finds the {@link Tcc} try methods of a bean's class and resolves each into a {@link Participant}. */
public final class ParticipantScanner {

    private ParticipantScanner() {
    }

    /**
     * The participants of {@code target}, whose user class (not a proxy class) is {@code userClass}.
     *
     * @throws io.github.litetcc.ParticipantDefinitionException for any badly declared one
     */
    public static List<Participant> scan(String beanName, Object target, Class<?> userClass, Fence fence) {
        List<Participant> found = new ArrayList<>();
        for (Method method : userClass.getMethods()) {
            Tcc tcc = method.getAnnotation(Tcc.class);
            if (tcc != null) {
                found.add(Participant.resolve(beanName, target, method, tcc.confirm(), tcc.cancel(), fence));
            }
        }
        return found;
    }
}
