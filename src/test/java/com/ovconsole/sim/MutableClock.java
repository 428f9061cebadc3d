package com.ovconsole.sim;

import com.ovconsole.testing.ManualClock;
import java.time.Instant;

/** The shared test clock under the name the simulator tests use. */
final class MutableClock extends ManualClock {

    MutableClock(Instant start) {
        super(start);
    }

    static MutableClock atDemoTime() {
        return new MutableClock(DEMO_TIME);
    }
}
