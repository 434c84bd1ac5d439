package org.ckptgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A progress bar on stderr, for images over 64 MiB when stderr is a terminal (so that it never
 * ends up in a file or a pipe); otherwise it prints nothing. Redrawn at most once per percent.
 */
final class ProgressBar implements AutoCloseable {
  static final long THRESHOLD = 64L << 20;
  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final String label;
  private int shown = -1;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** A bar for reading {@code image}, or a silent one when it is small or stderr is not a terminal. */
  static ProgressBar forImage(Path image, CommandLine.Model.CommandSpec spec) throws IOException {
    return shows(Files.size(image), stderrIsTerminal()) ? new ProgressBar(spec.commandLine().getErr(), image.getFileName().toString())
        : new ProgressBar(null, null);
  }

  /**
   * Whether stderr is a terminal. Java has no isatty; Linux names what a descriptor is open on, and
   * elsewhere a console (stdin and stdout at a terminal) is the nearest Java can tell.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException noProc) {
      return System.console() != null;
    }
  }

  /** Whether an image of {@code size} bytes gets a bar. */
  static boolean shows(long size, boolean terminal) {
    return terminal && size > THRESHOLD;
  }

  void at(long done, long total) {
    if (err == null || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    err.printf("\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent);
    err.flush();
  }

  @Override
  public void close() {
    if (err != null && shown >= 0) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 8) + "\r");
      err.flush();
    }
  }
}
