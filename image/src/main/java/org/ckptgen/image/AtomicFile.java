package org.ckptgen.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file all at once: the content goes to a temporary file beside it, is forced to
 * disk, and is renamed over the target. If anything fails on the way, the temporary file is
 * removed and the target is left exactly as it was.
 *
 * <p>A process killed (kill -9, a crash, a power cut) cannot remove its temporary file. Each is
 * named {@code .<target>.<pid>.<random>.tmp}, after the process that writes it, and every write
 * first removes the temporary files of its target whose process no longer runs: after any number
 * of kills, one more write leaves only the target (a whole old image or a whole new one). A
 * file of a process that still runs is left alone, even if the pid was reused; one written from
 * another host or pid namespace sharing the directory may be taken for stale (its writer's
 * rename then fails, and its target is left as it was).
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

  /**
   * Writes {@code target} through {@code body}, checked by {@code check}, as described above.
   *
   * @throws IOException if {@code target} exists and is neither a regular file nor a symbolic
   *     link (a directory, a FIFO, a device, a socket): the rename would replace it with a file,
   *     so that {@code /dev/full} or an empty directory became an image; nothing is written
   */
  public static <E extends Exception> void write(Path target, Body<E> body, Check<E> check) throws IOException, E {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(target)) {
      throw new java.nio.file.FileSystemException(target.toString(), null,
          "is not a regular file (a directory, a FIFO, a device or a socket); an image replaces only a file");
    }
    Path dir = target.toAbsolutePath().getParent();
    String prefix = prefix(target);
    removeStale(dir, prefix);
    Path temp = Files.createTempFile(dir, prefix + PID + ".", SUFFIX);
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

  private static final long PID = ProcessHandle.current().pid();
  private static final String SUFFIX = ".tmp";

  /** What the temporary files of {@code target} start with: {@code .<name>.}, then the pid. */
  private static String prefix(Path target) {
    return "." + target.getFileName() + ".";
  }

  /**
   * Removes the temporary files beside a target of this naming, {@code <prefix><pid>.<digits>.tmp},
   * whose process has ended. Ours, and those of processes alive, are left alone.
   */
  static void removeStale(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> {
      String name = entry.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(SUFFIX);
    })) {
      for (Path entry : entries) {
        String middle = entry.getFileName().toString();
        middle = middle.substring(prefix.length(), middle.length() - SUFFIX.length());
        int dot = middle.indexOf('.');
        if (dot <= 0 || !digits(middle.substring(0, dot)) || !digits(middle.substring(dot + 1))) {
          continue;  // not one of ours
        }
        long pid;
        try {
          pid = Long.parseLong(middle.substring(0, dot));
        } catch (NumberFormatException e) {
          continue;
        }
        if (pid != PID && ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
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
