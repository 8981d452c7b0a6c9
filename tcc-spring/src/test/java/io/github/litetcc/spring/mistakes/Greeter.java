package io.github.litetcc.spring.mistakes;

/** An interface that does not declare the implementation's @Tcc method. */
public interface Greeter {

    String greet(String name);
}
