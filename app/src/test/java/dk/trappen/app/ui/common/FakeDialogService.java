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
    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directoryAnswers.poll());
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }
}
