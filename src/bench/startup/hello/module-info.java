/** The start-up benchmark's baseline: a bare JavaFX window (see ../startup-bench.sh). */
module com.ovconsole.hello {
    requires javafx.controls;
    requires java.management;
    exports com.ovconsole.hello to javafx.graphics;
}
