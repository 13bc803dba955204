package dk.trappen.app.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: folder answers are queued up front, messages are recorded. */
public final class FakeDialogService implements DialogService {

    public final Deque<Path> directoryAnswers = new ArrayDeque<>();
    public final Deque<List<Path>> fileAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public final Deque<GroupPick> groupAnswers = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directoryAnswers.poll());
    }

    @Override
    public List<Path> chooseFiles(String title, Path initial, String description, String... patterns) {
        List<Path> answer = fileAnswers.poll();
        return answer == null ? List.of() : answer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName, String description,
            String... patterns) {
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Optional<GroupPick> pickGroup(String title, List<dk.trappen.core.reference.Kommune> kommuner,
            List<Integer> ticked, String name) {
        return Optional.ofNullable(groupAnswers.poll());
    }

    /** Forms shown, and whether each is answered OK (true unless queued otherwise). */
    public final List<javafx.scene.Node> forms = new ArrayList<>();
    public final Deque<Boolean> formAnswers = new ArrayDeque<>();
    /** What the "user" does in the next form before pressing OK. */
    public final Deque<java.util.function.Consumer<javafx.scene.Node>> formActions = new ArrayDeque<>();

    @Override
    public boolean showForm(String title, javafx.scene.Node form) {
        forms.add(form);
        java.util.function.Consumer<javafx.scene.Node> fill = formActions.poll();
        if (fill != null) {
            fill.accept(form);
        }
        Boolean answer = formAnswers.poll();
        return answer == null || answer;
    }

    /** Page counts of every print job. */
    public final List<Integer> printed = new ArrayList<>();

    @Override
    public boolean print(String title, List<byte[]> pages) {
        printed.add(pages.size());
        return true;
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message + (details == null ? "" : " [" + stackTrace(details) + "]"));
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }
}
