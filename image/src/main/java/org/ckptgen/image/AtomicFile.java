package org.ckptgen.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file all at once: the content goes to a temporary file beside it, is forced to
 * disk, and is renamed over the target. If anything fails on the way, the temporary file is
 * removed and the target is left exactly as it was.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes the new content of a file. */
  public interface Body<E extends Exception> {
    void writeTo(FileChannel channel) throws IOException, E;
  }

  /** Checks the new content, in its temporary file, before it replaces the target. */
  public interface Check<E extends Exception> {
    void check(Path written) throws IOException, E;
  }

  public static <E extends Exception> void write(Path target, Body<E> body) throws IOException, E {
    write(target, body, written -> { });
  }

  public static <E extends Exception> void write(Path target, Body<E> body, Check<E> check) throws IOException, E {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        body.writeTo(channel);
        channel.force(true);
      }
      check.check(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace " + target + " atomically: " + e.getMessage(), e);
      }
      done = true;
      syncDirectory(dir);
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Makes the rename itself durable; file systems that cannot sync a directory are skipped. */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // not every platform can open a directory; the rename is done either way
    }
  }
}
