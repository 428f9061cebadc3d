package com.ovconsole.ui;

/** A piece of background work: blocking calls are fine here, UI objects are not. */
@FunctionalInterface
public interface Work<T> {

    T call(JobContext context) throws Exception;

    /** What the work can see of its job while it runs. */
    interface JobContext {

        /** Reports progress; {@code fraction} is 0..1, or negative when unknown. Thread-safe. */
        void progress(double fraction, String message);

        /** True once the job was cancelled: long loops should check it and stop. */
        boolean isCancelled();
    }
}
