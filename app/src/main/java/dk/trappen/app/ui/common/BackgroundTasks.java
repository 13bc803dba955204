package dk.trappen.app.ui.common;

import dk.trappen.core.progress.CancellationToken;
import dk.trappen.core.progress.CancelledException;
import dk.trappen.core.progress.ProgressListener;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The one way the workbench runs long work: off the FX thread, with progress and cancel, and
 * results and failures handed back on the FX thread. Core reports through its own
 * {@link ProgressListener}; this adapts it. Tests use {@link #synchronous()}.
 */
public final class BackgroundTasks {

    private final Executor executor;
    private final Executor fxThread;
    private final Consumer<Throwable> defaultErrorHandler;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int active;

    public BackgroundTasks(Executor executor, Executor fxThread, Consumer<Throwable> defaultErrorHandler) {
        this.executor = executor;
        this.fxThread = fxThread;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    /** Daemon worker threads (a closing window never waits on them); results on the FX thread. */
    public static BackgroundTasks standard(Consumer<Throwable> defaultErrorHandler) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "trappen-arbejde");
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(pool, Platform::runLater, defaultErrorHandler);
    }

    /** Runs everything at once on the calling thread: for view-model tests. */
    public static BackgroundTasks synchronous(Consumer<Throwable> defaultErrorHandler) {
        return new BackgroundTasks(Runnable::run, Runnable::run, defaultErrorHandler);
    }

    public <T> Builder<T> work(String title, Work<T> work) {
        return new Builder<>(title, work);
    }

    /** True while any work runs; a status bar binds to it. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1, or -1 when the amount is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Long work: gets a progress listener and a cancel token from core. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /** What the caller holds to cancel the work. */
    public static final class Handle {
        private final CancellationToken token;

        Handle(CancellationToken token) {
            this.token = token;
        }

        public void cancel() {
            token.cancel();
        }
    }

    /** {@code work(..).onSuccess(..).onError(..).start()}. */
    public final class Builder<T> {
        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = t -> { };
        private Consumer<Throwable> onError = defaultErrorHandler;
        private Runnable onCancelled = () -> { };

        private Builder(String title, Work<T> work) {
            this.title = title;
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> action) {
            this.onSuccess = action;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> action) {
            this.onError = action;
            return this;
        }

        public Builder<T> onCancelled(Runnable action) {
            this.onCancelled = action;
            return this;
        }

        public Handle start() {
            CancellationToken token = new CancellationToken();
            begin();
            executor.execute(() -> {
                try {
                    T result = work.run(this::report, token);
                    fxThread.execute(() -> {
                        end();
                        onSuccess.accept(result);
                    });
                } catch (CancelledException e) {
                    fxThread.execute(() -> {
                        end();
                        onCancelled.run();
                    });
                } catch (Exception | Error e) {
                    fxThread.execute(() -> {
                        end();
                        onError.accept(e);
                    });
                }
            });
            return new Handle(token);
        }

        private void report(long done, long total, String text) {
            fxThread.execute(() -> {
                progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
                message.set(text == null || text.isEmpty() ? title : text);
            });
        }

        private void begin() {
            active++;
            running.set(true);
            progress.set(-1);
            message.set(title);
        }

        private void end() {
            active--;
            if (active == 0) {
                running.set(false);
                progress.set(0);
                message.set("");
            }
        }
    }
}
