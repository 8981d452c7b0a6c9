package io.github.litetcc.participant;

import io.github.litetcc.ParticipantDefinitionException;
import io.github.litetcc.model.ParticipantId;
import io.github.litetcc.model.Phase;
import io.github.litetcc.spi.Fence;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A try method with its confirm and cancel handles, resolved once (method handles bound to the target,
 * no reflection lookup per call), and the fence that guards it, if any. Immutable and thread-safe.
 * A starter may have no phase 2 of its own ({@link #hasPhaseTwo()} false); every other participant has both.
 */
public final class Participant {
    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object[].class);

    private final ParticipantId id;
    private final String beanName;
    private final Method tryMethod;
    private final MethodHandle confirm;
    private final MethodHandle cancel;
    private final Fence fence;

    private Participant(ParticipantId id, String beanName, Method tryMethod, MethodHandle confirm, MethodHandle cancel, Fence fence) {
        this.id = id;
        this.beanName = beanName;
        this.tryMethod = tryMethod;
        this.confirm = confirm;
        this.cancel = cancel;
        this.fence = fence;
    }

    /**
     * Resolves a participant: {@code confirmName} and {@code cancelName} must both be empty (a starter without
     * phase 2) or both name public methods of {@code target}'s class taking the try's parameter types.
     *
     * @throws ParticipantDefinitionException naming bean, method and the fix
     */
    public static Participant resolve(String beanName, Object target, Method tryMethod, String confirmName, String cancelName, Fence fence) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tryMethod, "tryMethod");
        ParticipantId id = ParticipantId.of(beanName, tryMethod);
        boolean noConfirm = confirmName == null || confirmName.isEmpty();
        boolean noCancel = cancelName == null || cancelName.isEmpty();
        if (noConfirm != noCancel) {
            throw new ParticipantDefinitionException("@Tcc on " + describe(beanName, tryMethod) + " names "
                    + (noConfirm ? "a cancel but no confirm" : "a confirm but no cancel") + " method: name both, or neither for a starter without phase 2");
        }
        if (noConfirm) {
            return new Participant(id, beanName, tryMethod, null, null, fence);
        }
        return new Participant(id, beanName, tryMethod, handle(beanName, target, tryMethod, confirmName, "confirm"),
                handle(beanName, target, tryMethod, cancelName, "cancel"), fence);
    }

    public ParticipantId id() {
        return id;
    }

    public String beanName() {
        return beanName;
    }

    public Method tryMethod() {
        return tryMethod;
    }

    public boolean hasPhaseTwo() {
        return confirm != null;
    }

    public Optional<Fence> fence() {
        return Optional.ofNullable(fence);
    }

    /** This participant guarded by another fence (or none). */
    public Participant withFence(Fence other) {
        return new Participant(id, beanName, tryMethod, confirm, cancel, other);
    }

    /** Calls the confirm or cancel method with the try's arguments; what it throws propagates unchanged. */
    public Object invokePhaseTwo(Phase phase, Object[] arguments) throws Throwable {
        MethodHandle handle = switch (phase) {
            case CONFIRM -> confirm;
            case CANCEL -> cancel;
            case TRY -> throw new IllegalArgumentException("invokePhaseTwo takes CONFIRM or CANCEL, not TRY");
        };
        if (handle == null) {
            throw new ParticipantDefinitionException(describe(beanName, tryMethod) + " has no " + phase.name().toLowerCase() + " method");
        }
        return (Object) handle.invokeExact(arguments);
    }

    @Override
    public String toString() {
        return "Participant[" + id + (fence == null ? ", unfenced" : ", fenced") + "]";
    }

    private static MethodHandle handle(String beanName, Object target, Method tryMethod, String name, String role) {
        Class<?>[] types = tryMethod.getParameterTypes();
        Method method;
        try {
            method = target.getClass().getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new ParticipantDefinitionException("The " + role + " method of " + describe(beanName, tryMethod)
                    + " is missing: declare 'public void " + name + "(" + typeList(types) + ")' on "
                    + target.getClass().getName() + " (it takes the try's parameter types)");
        }
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            throw new ParticipantDefinitionException("The " + role + " method " + name + " of bean '" + beanName
                    + "' must be a public instance method");
        }
        try {
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).bindTo(target)
                    .asSpreader(Object[].class, types.length).asType(GENERIC);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new ParticipantDefinitionException("Cannot access the " + role + " method " + name + " of bean '" + beanName
                    + "': " + e.getMessage() + " (make the class and method public)");
        }
    }

    static String describe(String beanName, Method method) {
        return "bean '" + beanName + "' method " + method.getName() + "(" + typeList(method.getParameterTypes()) + ")";
    }

    private static String typeList(Class<?>[] types) {
        return String.join(", ", Arrays.stream(types).map(Class::getSimpleName).toList());
    }
}
