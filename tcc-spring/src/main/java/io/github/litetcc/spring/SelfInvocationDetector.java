package io.github.litetcc.spring;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds, in a class's bytecode, calls from its own methods to its own {@code @Tcc} methods. Such a call goes to
 * {@code this}, not through the proxy, so it runs without TCC: a plain method call, silently. Best effort: a class
 * whose bytecode cannot be read yields nothing.
 */
final class SelfInvocationDetector {

    private SelfInvocationDetector() {
    }

    /** Each self-invocation found, as "caller → callee" (method names). */
    static List<String> find(Class<?> userClass, List<Method> tryMethods) {
        String owner = Type.getInternalName(userClass);
        Set<String> targets = tryMethods.stream().map(m -> m.getName() + Type.getMethodDescriptor(m)).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        try (InputStream bytes = userClass.getClassLoader() == null ? null
                : userClass.getClassLoader().getResourceAsStream(owner + ".class")) {
            if (bytes != null) {
                new ClassReader(bytes).accept(new Scanner(owner, targets, found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return found;
    }

    private static final class Scanner extends ClassVisitor {
        private final String owner;
        private final Set<String> targets;
        private final List<String> found;

        Scanner(String owner, Set<String> targets, List<String> found) {
            super(SpringAsmInfo.ASM_VERSION);
            this.owner = owner;
            this.targets = targets;
            this.found = found;
        }

        @Override
        public MethodVisitor visitMethod(int access, String caller, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_STATIC) != 0 && !caller.startsWith("lambda$")) {
                return null;
            }
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public void visitMethodInsn(int opcode, String callOwner, String name, String callDescriptor, boolean isInterface) {
                    if (opcode == Opcodes.INVOKEVIRTUAL && callOwner.equals(owner) && targets.contains(name + callDescriptor)) {
                        found.add(caller + " -> " + name);
                    }
                }
            };
        }
    }
}
