package io.github.litetcc.serialization;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One version of an application class, compiled from source at test time into its own class
 * loader: two versions of a class with the same name, as two nodes of a rolling upgrade see it.
 */
final class ClassVersion {
    static final String PACKAGE = "com.example.upgrade";

    private final ClassLoader loader;

    private ClassVersion(ClassLoader loader) {
        this.loader = loader;
    }

    /** Compiles {@code source}, the body of a compilation unit in {@link #PACKAGE} declaring {@code simpleName}. */
    static ClassVersion compile(Path directory, String simpleName, String source) throws IOException {
        Path sourceFile = directory.resolve("src").resolve(simpleName + ".java");
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, "package " + PACKAGE + ";\n" + source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "--release", "17", "-d", classes.toString(), sourceFile.toString());
        if (status != 0) {
            throw new IllegalStateException("Cannot compile " + simpleName + ": " + errors.toString(StandardCharsets.UTF_8));
        }
        return new ClassVersion(new URLClassLoader(new URL[]{toUrl(classes)}, ClassVersion.class.getClassLoader()));
    }

    ClassLoader loader() {
        return loader;
    }

    /** A serializer of this node: it allows {@link #PACKAGE} and loads classes from this version. */
    KryoSerializer serializer() {
        return new KryoSerializer(SerializationConfig.DEFAULT.withAllowedPackages(java.util.Set.of(PACKAGE)), loader);
    }

    /** A new instance of {@code simpleName} made with the public constructor taking {@code arguments}. */
    Object newInstance(String simpleName, Object... arguments) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(PACKAGE + "." + simpleName);
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == arguments.length) {
                return constructor.newInstance(arguments);
            }
        }
        throw new NoSuchMethodException(type.getName() + " has no public constructor of " + arguments.length + " parameters");
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
