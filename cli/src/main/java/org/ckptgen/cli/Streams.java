package org.ckptgen.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where ckpt reads and writes, and its I/O errors in words. Standard output is a stream whose
 * every failure ends the command at once: {@code PrintWriter} and {@code PrintStream} swallow
 * write errors, so a script would lose output to a full disk with exit 0, and a command whose
 * reader went away ({@code | head -1}) would run to the end.
 */
final class Streams {
  private Streams() {}

  /** Writing failed: ends the command. {@link #closed()} when the reader of a pipe went away. */
  static final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String where;

    OutputFailed(String where, IOException cause) {
      super(reason(cause), cause);
      this.where = where;
    }

    /** The pipe's reader is gone (EPIPE): not an error, the end of the command. */
    boolean closed() {
      return getCause() instanceof IOException e && e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
  }

  private static final OutputStream STDOUT = new Guarded(new FileOutputStream(FileDescriptor.out), "standard output");

  /** Standard output, unbuffered; a failed write throws {@link OutputFailed}. */
  static OutputStream stdout() {
    return STDOUT;
  }

  /** The first failure to write standard output, or null. */
  static OutputFailed failure() {
    return ((Guarded) STDOUT).failure;
  }

  /**
   * An output stream whose failures are {@link OutputFailed}, which no PrintWriter catches. After
   * the first, writes are dropped: that one ends the command and is reported once.
   */
  private static final class Guarded extends OutputStream {
    private final OutputStream out;
    private final String where;
    private volatile OutputFailed failure;

    Guarded(OutputStream out, String where) {
      this.out = out;
      this.where = where;
    }

    @Override
    public void write(int b) {
      if (failure != null) {
        return;
      }
      try {
        out.write(b);
      } catch (IOException e) {
        failure = new OutputFailed(where, e);
        throw failure;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (failure != null) {
        return;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = new OutputFailed(where, e);
        throw failure;
      }
    }

    @Override
    public void flush() {
      if (failure != null) {
        return;
      }
      try {
        out.flush();
      } catch (IOException e) {
        failure = new OutputFailed(where, e);
        throw failure;
      }
    }
  }

  /** Whether {@code path} names standard input or output. */
  static boolean isStd(Path path) {
    return path.toString().equals("-");
  }

  /** The name of {@code path} in messages. */
  static String name(Path path) {
    return isStd(path) ? "standard input" : path.toString();
  }

  /** Names of a descriptor this process holds already: opening one never waits for a writer. */
  private static final java.util.regex.Pattern OWN_DESCRIPTOR =
      java.util.regex.Pattern.compile("/dev/std(in|out|err)|/dev/fd/\\d+|/proc/self/fd/\\d+");

  /**
   * Whether {@code image} must be read as a stream: standard input ({@code -}, {@code /dev/stdin})
   * or a descriptor the shell handed over ({@code <(...)}, {@code /dev/fd/N}) that is no regular
   * file: its size says nothing and it cannot be mapped. Any other path that is not a regular file
   * (a named FIFO, a device, a socket) is refused at once: opening a FIFO that has no writer would
   * wait forever, and Java cannot open one without waiting.
   *
   * @throws FileSystemException in words, naming {@code image}, if it is missing, a directory,
   *     unreadable, or neither a regular file nor one of the streams above
   */
  static boolean streamed(Path image) throws FileSystemException {
    if (isStd(image)) {
      return true;
    }
    if (Files.isDirectory(image)) {
      throw new FileSystemException(image.toString(), null, "is a directory, not an image");
    }
    if (!Files.exists(image)) {
      throw new NoSuchFileException(image.toString());
    }
    if (!Files.isReadable(image)) {
      throw new AccessDeniedException(image.toString());
    }
    if (Files.isRegularFile(image)) {
      return false;
    }
    if (!OWN_DESCRIPTOR.matcher(image.toString()).matches()) {
      throw new FileSystemException(image.toString(), null, "is not a regular file (a FIFO, a device or a socket);"
          + " give a pipe on standard input, as - or /dev/fd/N");
    }
    return true;
  }

  /**
   * {@code image} as a stream (standard input for {@code -}) read in order, never seeked: a pipe
   * cannot seek ("illegal seek"), and a file channel's stream would try. The caller closes it.
   */
  static InputStream open(Path image) throws IOException {
    if (isStd(image)) {
      return new Sequential(new FileInputStream(FileDescriptor.in), name(image));
    }
    if (!Files.exists(image)) {
      throw new NoSuchFileException(image.toString());
    }
    try {
      return new Sequential(new FileInputStream(image.toFile()), name(image));
    } catch (IOException e) {
      throw inWords(e, image);
    }
  }

  /** Reading an input failed (an I/O error, not bad content): exit 3, naming the input. */
  static final class InputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String where;

    InputFailed(String where, IOException cause) {
      super(reason(cause), cause);
      this.where = where;
    }
  }

  /**
   * Only read and close: nothing that would ask the channel beneath for a position. A failed read
   * is {@link InputFailed}, so that it cannot pass for a failure to write the output.
   */
  private static final class Sequential extends InputStream {
    private final InputStream in;
    private final String where;

    Sequential(InputStream in, String where) {
      this.in = in;
      this.where = where;
    }

    @Override
    public int read() {
      try {
        return in.read();
      } catch (IOException e) {
        throw new InputFailed(where, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw new InputFailed(where, e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** {@code e}, an error reading or writing {@code path}, as a FileSystemException that names it. */
  static FileSystemException inWords(IOException e, Path path) {
    return new FileSystemException(name(path), null, reason(e));
  }

  /** What went wrong, in words and without Java's class names: "permission denied", "no space left on device". */
  static String reason(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else if (e instanceof FileSystemException) {
      reason = "cannot be used (" + e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
          .replace(" Exception", "").toLowerCase(Locale.ROOT) + ")";
    } else if (e instanceof java.io.FileNotFoundException && e.getMessage() != null
        && e.getMessage().matches("(?s).* \\(.*\\)")) {
      // java.io's "PATH (No such file or directory)": the words are in the parentheses
      reason = e.getMessage().substring(e.getMessage().lastIndexOf(" (") + 2, e.getMessage().length() - 1);
    } else {
      reason = e.getMessage() == null ? "an I/O error" : e.getMessage();
    }
    return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  /** {@code e}'s words, led by the file it names: "out.ckpt: permission denied". */
  static String words(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason(e);
    }
    return reason(e);
  }
}
