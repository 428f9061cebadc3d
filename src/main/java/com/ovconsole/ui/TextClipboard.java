package com.ovconsole.ui;

/** The system clipboard, text only; behind an interface so ViewModels are tested without a toolkit. */
@FunctionalInterface
public interface TextClipboard {

    void putText(String text);
}
