package com.ovconsole.diagnostics;

import java.util.Locale;

/** What support asks first: which console, which Java, which JavaFX, which OS. */
public record Versions(String app, String java, String javaFx, String os) {

    /** JavaFX publishes its version as a system property once the toolkit runs. */
    public static Versions current(Module module) {
        String app = module.getDescriptor() == null ? null
                : module.getDescriptor().rawVersion().orElse(null);
        if (app == null) {
            app = Versions.class.getPackage().getImplementationVersion();
        }
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        return new Versions(app == null ? "development build" : app, java,
                System.getProperty("javafx.runtime.version", "not started"), os);
    }

    String text() {
        return String.join("\n",
                "OneView Console: " + app,
                "Java: " + java,
                "JavaFX: " + javaFx,
                "OS: " + os,
                "Locale: " + Locale.getDefault().toLanguageTag(),
                "") ;
    }
}
