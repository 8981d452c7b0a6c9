package io.github.litetcc.spring.quartz;

import io.github.litetcc.TccConfigurationException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Creates LiteTCC's own Quartz scheduler from {@link QuartzSettings}: in-memory job store, or {@code JobStoreTX}
 * on a HikariCP pool, clustered by setting. The scheduler is kept out of Quartz's global repository, so several
 * (say, two nodes of a cluster in one test JVM) may share a name.
 */
public final class OwnScheduler {

    private OwnScheduler() {
    }

    /** A new, not yet started scheduler; creates Quartz's tables first when the settings ask for it. */
    public static Scheduler create(QuartzSettings settings) {
        if (settings.jdbc() != null && settings.jdbc().initializeSchema()) {
            QuartzSchema.createIfMissing(settings.jdbc());
        }
        SchedulerRepository repository = SchedulerRepository.getInstance();
        try {
            synchronized (repository) {
                Scheduler existing = repository.lookup(settings.schedulerName());
                Scheduler created = new StdSchedulerFactory(properties(settings)).getScheduler();
                if (created == existing) {
                    throw new TccConfigurationException("A Quartz scheduler named '" + settings.schedulerName()
                            + "' is already registered in this JVM; set tcc.quartz.scheduler-name to another name");
                }
                repository.remove(settings.schedulerName());
                return created;
            }
        } catch (SchedulerException e) {
            throw new TccConfigurationException("Could not create LiteTCC's Quartz scheduler: " + e.getMessage(), e);
        }
    }

    static Properties properties(QuartzSettings settings) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
        p.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threadCount()));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "tcc-quartz");
        if (settings.jdbc() == null) {
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        } else {
            jdbcStore(p, settings);
        }
        return p;
    }

    private static void jdbcStore(Properties p, QuartzSettings settings) {
        QuartzSettings.JdbcJobStore jdbc = settings.jdbc();
        if (!org.springframework.util.ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource", OwnScheduler.class.getClassLoader())) {
            throw new TccConfigurationException("Setting tcc.quartz.job-store=jdbc needs HikariCP (com.zaxxer:HikariCP) on the"
                    + " class path: Quartz's JDBC job store pools its connections with it");
        }
        String dataSource = "litetcc_" + settings.instanceId().replaceAll("[^A-Za-z0-9_]", "_");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", QuartzSchema.Dialect.of(jdbc.url()).delegateClass());
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", jdbc.tablePrefix());
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(jdbc.clustered()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(jdbc.clusterCheckinInterval().toMillis()));
        String prefix = "org.quartz.dataSource." + dataSource + ".";
        p.setProperty(prefix + "provider", "hikaricp");
        p.setProperty(prefix + "driver", driverClass(jdbc.url()));
        p.setProperty(prefix + "URL", jdbc.url());
        p.setProperty(prefix + "user", jdbc.username() == null ? "" : jdbc.username());
        p.setProperty(prefix + "password", jdbc.password() == null ? "" : jdbc.password());
        p.setProperty(prefix + "maxConnections", Integer.toString(settings.threadCount() + 3));
    }

    private static String driverClass(String url) {
        try {
            Driver driver = DriverManager.getDriver(url);
            return driver.getClass().getName();
        } catch (SQLException e) {
            throw new TccConfigurationException("Setting tcc.quartz.jdbc.url: no JDBC driver on the class path accepts '" + url + "'", e);
        }
    }
}
