package io.github.litetcc.demo.service;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * Starts one service of the demo: its Spring Boot application with the shared settings ({@code demo-service.properties})
 * and its own ({@code <name>.properties}), then prints {@code READY <name>} once it serves, which the launcher
 * waits for in the service's output file.
 */
public final class ServiceMain {
    /** The line a service prints when it is ready. */
    public static final String READY = "READY ";

    private ServiceMain() {
    }

    public static void run(Class<?> application, String name, String[] args) {
        new SpringApplicationBuilder(application)
                .properties("spring.config.name=demo-service," + name)
                .listeners(event -> {
                    if (event instanceof ApplicationReadyEvent) {
                        System.out.println(READY + name);
                        System.out.flush();
                    }
                })
                .run(args);
    }
}
