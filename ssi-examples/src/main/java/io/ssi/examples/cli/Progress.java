package io.ssi.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A progress bar on standard error, shown only when standard error is a terminal and only once
 * a run has taken longer than a second, so that quick runs and redirected output stay clean.
 * Not thread-safe: one run, one thread.
 */
final class Progress implements IntConsumer {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /**
     * Whether standard error is a terminal. Java cannot ask that of standard error alone; on
     * Linux the descriptor's link says, elsewhere the presence of a console stands in.
     *
     * @return {@code true} for a terminal
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // Fall through to the console check.
        }
        return System.console() != null;
    }

    @Override
    public void accept(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || (now - lastDraw < 100_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d members", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total));
        err.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.println();
        }
    }
}
