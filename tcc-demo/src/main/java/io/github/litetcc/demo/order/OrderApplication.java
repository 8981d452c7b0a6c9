package io.github.litetcc.demo.order;

import io.github.litetcc.demo.service.ConfirmHold;
import io.github.litetcc.demo.service.ServiceMain;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The order service: HTTP on {@code server.port}, the transaction log in its own database, Dubbo consumer of the participants. */
@SpringBootApplication
@EnableDubbo
@Import(ConfirmHold.class)
public class OrderApplication {

    public static void main(String[] args) {
        ServiceMain.run(OrderApplication.class, "order", args);
    }
}
