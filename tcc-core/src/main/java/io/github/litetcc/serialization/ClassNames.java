package io.github.litetcc.serialization;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads binary class names as {@link Class#getName()} spells them, array names included. */
final class ClassNames {
    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern BINARY_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final Pattern ARRAY_NAME = Pattern.compile("\\[+([ZBCSIJFD]|L" + BINARY_NAME.pattern() + ";)");
    private static final Map<Character, String> PRIMITIVES = Map.of('Z', "boolean", 'B', "byte", 'C', "char",
            'S', "short", 'I', "int", 'J', "long", 'F', "float", 'D', "double");

    /** The packages of the JDK, whose classes Java 17 keeps closed to reflection. */
    static final List<String> JDK_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun");

    private ClassNames() {
    }

    /** Whether {@code name} is a well-formed class or array name (Java allows control characters in identifiers; this does not). */
    static boolean isWellFormed(String name) {
        return name.chars().noneMatch(Character::isISOControl)
                && (BINARY_NAME.matcher(name).matches() || ARRAY_NAME.matcher(name).matches());
    }

    static boolean isArray(String name) {
        return name.startsWith("[");
    }

    /** The innermost element of an array name ({@code int} for {@code [[I}); any other name unchanged. */
    static String elementOf(String name) {
        if (!isArray(name)) {
            return name;
        }
        String element = name.substring(name.lastIndexOf('[') + 1);
        if (element.length() == 1) {
            return PRIMITIVES.getOrDefault(element.charAt(0), element);
        }
        return element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
    }

    static boolean isPrimitive(String name) {
        return PRIMITIVES.containsValue(name);
    }

    /** A class name fit for a message: cut to 100 characters, control characters escaped. */
    static String printable(String name) {
        String cut = name.length() <= 100 ? name : name.substring(0, 100) + "...(" + name.length() + " chars)";
        StringBuilder text = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> text.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return text.toString();
    }

    /** Whether {@code packageName} is a JDK package or one of their sub-packages. */
    static boolean isJdkPackage(String packageName) {
        return JDK_PACKAGES.stream().anyMatch(jdk -> packageName.equals(jdk) || packageName.startsWith(jdk + "."));
    }

    /** The package of a class name, or the empty string for the unnamed package. */
    static String packageOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
