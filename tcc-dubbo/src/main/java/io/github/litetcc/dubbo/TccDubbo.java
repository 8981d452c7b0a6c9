package io.github.litetcc.dubbo;

import io.github.litetcc.LiteTcc;
import io.github.litetcc.TccConfigurationException;
import org.apache.dubbo.rpc.model.ApplicationModel;

import java.time.Clock;
import java.util.Objects;

/**
 * What the Dubbo filters of one application need from LiteTCC, installed into that application's Dubbo model.
 * {@link #install} once per application, before its first TCC call; the filters find it there.
 */
public final class TccDubbo {
    private final LiteTcc liteTcc;
    private final Clock clock;

    private TccDubbo(LiteTcc liteTcc, Clock clock) {
        this.liteTcc = liteTcc;
        this.clock = clock;
    }

    /**
     * Makes {@code liteTcc} the engine of every LiteTCC filter of {@code application}.
     *
     * @throws TccConfigurationException if another LiteTCC is installed there already
     */
    public static TccDubbo install(ApplicationModel application, LiteTcc liteTcc) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(liteTcc, "liteTcc");
        synchronized (application) {
            TccDubbo existing = application.getBeanFactory().getBean(TccDubbo.class);
            if (existing != null) {
                if (existing.liteTcc == liteTcc) {
                    return existing;
                }
                throw new TccConfigurationException("Dubbo application '" + application.getApplicationName()
                        + "' already has a LiteTCC installed; one per application");
            }
            TccDubbo installed = new TccDubbo(liteTcc, Clock.systemUTC());
            application.getBeanFactory().registerBean(installed);
            return installed;
        }
    }

    /**
     * The LiteTCC installed in {@code application}.
     *
     * @throws TccConfigurationException naming the application and the fix, if none is
     */
    static TccDubbo require(ApplicationModel application) {
        TccDubbo installed = application == null ? null : application.getBeanFactory().getBean(TccDubbo.class);
        if (installed == null) {
            throw new TccConfigurationException("A LiteTCC call reached Dubbo application '"
                    + (application == null ? "?" : application.getApplicationName()) + "', which has no LiteTCC installed:"
                    + " call TccDubbo.install(applicationModel, liteTcc) (the Spring Boot starter does it)");
        }
        return installed;
    }

    LiteTcc liteTcc() {
        return liteTcc;
    }

    Clock clock() {
        return clock;
    }
}
