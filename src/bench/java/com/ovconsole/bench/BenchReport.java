package com.ovconsole.bench;

import java.util.Locale;

/** Prints one benchmark figure beside the baseline measured in the same run, as a ratio. */
final class BenchReport {

    private BenchReport() {
    }

    static void figure(String what, double value, String unit, double baseline, String baselineWhat) {
        double ratio = baseline == 0 ? Double.NaN : value / baseline;
        System.out.printf(Locale.ROOT, "BENCH %-48s %12.2f %-6s | baseline %-36s %12.2f %-6s | ratio %.2fx%n",
                what, value, unit, baselineWhat, baseline, unit, ratio);
    }

    static void value(String what, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %-48s %12.2f %-6s%n", what, value, unit);
    }
}
