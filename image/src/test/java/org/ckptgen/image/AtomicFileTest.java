package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The pid of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void aWriteRemovesTheTempFilesOfDeadWritersOfItsTargetAndNothingElse(@TempDir Path dir) throws Exception {
    long dead = deadPid();
    long self = ProcessHandle.current().pid();
    long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    List<String> stale = List.of(".c.ckpt." + dead + ".123456789.tmp", ".c.ckpt." + dead + ".1.tmp");
    List<String> kept = List.of(".c.ckpt." + self + ".42.tmp", ".c.ckpt." + alive + ".7.tmp", ".c.ckpt.123.tmp",
        ".c.ckpt.x.1.tmp", ".c.ckpt." + dead + ".tmp", ".other.ckpt." + dead + ".5.tmp", "c.ckpt." + dead + ".5.tmp",
        ".c.ckpt.77." + dead + ".5.tmp");
    for (String name : stale) {
      Files.write(dir.resolve(name), new byte[] {1});
    }
    for (String name : kept) {
      Files.write(dir.resolve(name), new byte[] {1});
    }
    Path target = dir.resolve("c.ckpt");
    AtomicFile.<RuntimeException>write(target, ch -> ch.write(ByteBuffer.wrap(new byte[] {9})));
    assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
    Set<String> expected = new TreeSet<>(kept);
    expected.add("c.ckpt");
    assertEquals(expected, names(dir));
  }

  /** A rename would put a file in place of a FIFO, a device or an empty directory: refused, nothing written. */
  @Test
  void aTargetThatIsNoRegularFileIsRefusedAndKept(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    for (Path target : List.of(fifo, empty)) {
      IOException e = assertThrows(IOException.class, () -> AtomicFile.<RuntimeException>write(target,
          ch -> ch.write(ByteBuffer.wrap(new byte[] {1}))));
      assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }
    assertTrue(Files.isDirectory(empty));
    assertTrue(!Files.isRegularFile(fifo) && Files.exists(fifo), "the FIFO is still one");
    try (var entries = Files.list(dir)) {
      assertEquals(2, entries.count(), "no temporary file left");
    }
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNoTempFile(@TempDir Path dir) throws Exception {
    Path target = Files.write(dir.resolve("c.ckpt"), new byte[] {1, 2});
    assertThrows(IOException.class, () -> AtomicFile.<RuntimeException>write(target, ch -> {
      ch.write(ByteBuffer.wrap(new byte[] {3}));
      throw new IOException("disk full");
    }));
    assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(target));
    assertEquals(Set.of("c.ckpt"), names(dir));
  }
}
