package io.github.litetcc.bench.e2e;

import io.github.litetcc.config.PhaseTwoConfig;

/**
 * The crash run's starter JVM: {@code StarterProcess <participants port> <export port> <log store> <run id>} opens the
 * run's log (created if absent, kept when the process ends: a restarted starter finds it again), exports the order
 * service, prints {@code STARTER READY} and serves until its standard input closes, or until it is killed.
 */
public final class StarterProcess {

    private StarterProcess() {
    }

    public static void main(String[] args) throws Exception {
        LogStore.OpenLog log = LogStore.parse(args[2]).open(args[3]);
        try (StarterNode node = new StarterNode(log.repository(), PhaseTwoConfig.DEFAULT, Integer.parseInt(args[0]), Integer.parseInt(args[1]))) {
            System.out.println("STARTER READY unfinished=" + node.unfinished());
            System.out.flush();
            while (System.in.read() >= 0) {
                continue;
            }
        }
    }
}
