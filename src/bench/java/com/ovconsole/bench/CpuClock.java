package com.ovconsole.bench;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of the live threads whose names pass a filter (e.g. everything but the in-process
 * simulators): the console's own share of the process. ThreadMXBean is reached by reflection
 * because the module com.ovconsole does not read java.management (and should not, for a bench).
 */
final class CpuClock {

    private static final List<String> SIMULATOR_THREADS = List.of("appliance-simulator-", "HTTP-Dispatcher",
            "server-timer", "idle-timeout-task");

    private CpuClock() {
    }

    /**
     * CPU used by the matching threads since {@code before} (a {@link #perThread} snapshot). Threads
     * that ended in between are not counted (their time is gone with them), so this errs low.
     */
    static long since(Map<Long, Long> before, Predicate<String> threadName) {
        long total = 0;
        for (Map.Entry<Long, Long> now : perThread(threadName).entrySet()) {
            total += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
        }
        return total;
    }

    /** Thread id -> CPU nanoseconds so far, for the matching live threads; empty when the JVM cannot say. */
    static Map<Long, Long> perThread(Predicate<String> threadName) {
        Map<Long, Long> cpu = new HashMap<>();
        try {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            Class<?> beanType = Class.forName("java.lang.management.ThreadMXBean");
            Class<?> infoType = Class.forName("java.lang.management.ThreadInfo");
            Object bean = factory.getMethod("getThreadMXBean").invoke(null);
            long[] ids = (long[]) beanType.getMethod("getAllThreadIds").invoke(bean);
            Object[] infos = (Object[]) beanType.getMethod("getThreadInfo", long[].class).invoke(bean, (Object) ids);
            Method cpuTime = beanType.getMethod("getThreadCpuTime", long.class);
            Method name = infoType.getMethod("getThreadName");
            for (int i = 0; i < ids.length; i++) {
                if (infos[i] != null && threadName.test((String) name.invoke(infos[i]))) {
                    cpu.put(ids[i], Math.max(0, (long) cpuTime.invoke(bean, ids[i])));
                }
            }
        } catch (ReflectiveOperationException unavailable) {
            System.out.println("BENCH note: thread CPU times unavailable: " + unavailable);
        }
        return cpu;
    }

    /** CPU nanoseconds of the calling thread so far (-1 when the JVM cannot say); cheap enough per pulse. */
    static java.util.function.LongSupplier currentThread() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
            return () -> {
                try {
                    return (long) cpuTime.invoke(bean);
                } catch (ReflectiveOperationException unavailable) {
                    return -1;
                }
            };
        } catch (ReflectiveOperationException unavailable) {
            System.out.println("BENCH note: thread CPU time unavailable: " + unavailable);
            return () -> -1;
        }
    }

    /** Threads of the simulators running in this JVM: not part of the console. */
    static boolean isSimulator(String threadName) {
        return SIMULATOR_THREADS.stream().anyMatch(threadName::startsWith);
    }
}
