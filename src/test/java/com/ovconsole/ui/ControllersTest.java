package com.ovconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one controller factory: makes what a feature registered, and says so when nobody did. */
class ControllersTest {

    private record Greeting(String text) {
    }

    @Test
    void makesARegisteredControllerAnewEachTime() {
        Controllers controllers = new Controllers();
        controllers.register(Greeting.class, () -> new Greeting("hello"));

        Object first = controllers.apply(Greeting.class);

        assertThat(first).isEqualTo(new Greeting("hello"));
        assertThat(controllers.apply(Greeting.class)).isNotSameAs(first);
    }

    @Test
    void anUnknownOrTwiceRegisteredControllerIsAClearError() {
        Controllers controllers = new Controllers();
        controllers.register(Greeting.class, () -> new Greeting("a"));

        assertThatThrownBy(() -> controllers.apply(String.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> controllers.register(Greeting.class, () -> new Greeting("b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already");
    }

    @Test
    void aDialogControllerIsMadeFromTheInputOfItsQuestion() {
        Controllers controllers = new Controllers();
        controllers.registerDialog(Greeting.class, String.class, name -> new Greeting("hello " + name));

        assertThat(controllers.dialog(Greeting.class, "Ann")).isEqualTo(new Greeting("hello Ann"));
        assertThat(controllers.dialog(Greeting.class, "Bob")).isEqualTo(new Greeting("hello Bob"));
        assertThatThrownBy(() -> controllers.dialog(String.class, "Ann"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registerDialog");
        assertThatThrownBy(() -> controllers.registerDialog(Greeting.class, String.class, Greeting::new))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already");
    }
}
