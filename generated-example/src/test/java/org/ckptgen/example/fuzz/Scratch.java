package org.ckptgen.example.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory for the tests that read images from files: in /dev/shm where there is one (tmpfs:
 * the fsync of every AtomicFile write costs nothing there), else in java.io.tmpdir; removed when
 * the JVM exits.
 */
final class Scratch {
  private Scratch() {}

  static final Path DIR = create();

  private static Path create() {
    try {
      Path shm = Path.of("/dev/shm");
      Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "ckptgen-fuzz-")
          : Files.createTempDirectory("ckptgen-fuzz-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // the JVM is exiting; a left temporary directory is no failure
    }
  }

  /** {@code image} in the file {@code name} of the directory. */
  static Path file(String name, byte[] image) throws IOException {
    return Files.write(DIR.resolve(name), image);
  }
}
