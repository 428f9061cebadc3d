package com.ovconsole.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything the appliance remembers, behind one lock: inventory, tasks, the backup. Handlers
 * run under {@code synchronized (state)} after {@link #settle()} has applied finished tasks.
 */
final class ApplianceState {

    final SimulatorConfig config;
    final Clock clock;
    final ETags eTags;
    final Inventory inventory;
    final Tasks tasks;
    final Backups backups;
    final Sessions sessions;
    private final Instant bootedAt;

    ApplianceState(SimulatorConfig config) {
        this.config = config;
        // Millisecond timestamps, as the appliance writes them ("2015-09-10T22:50:05.406Z").
        this.clock = Clock.tick(config.clock(), Duration.ofMillis(1));
        this.eTags = new ETags(clock);
        this.inventory = InventoryGenerator.generate(config.seed(), config.profiles(), config.serverCount(), eTags);
        AlertGenerator.generate(config.seed(), inventory);
        if (config.oddServers()) {
            OddServers.apply(inventory);
        }
        this.tasks = new Tasks(config, clock);
        this.backups = new Backups(this);
        this.sessions = new Sessions(config, clock);
        this.bootedAt = clock.instant();
    }

    /** Applies the effects of tasks that ended since the last request. */
    void settle() {
        tasks.settle();
    }

    /** Start-up progress in [0, 1]; 1 once {@code startupSeconds} have passed. */
    double startupProgress() {
        if (config.startupSeconds() == 0) {
            return 1.0;
        }
        long elapsed = Duration.between(bootedAt, clock.instant()).toMillis();
        return Math.min(1.0, elapsed / (config.startupSeconds() * 1000.0));
    }

    String now() {
        return clock.instant().toString();
    }
}
