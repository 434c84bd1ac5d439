package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the old file byte-identical and no temporary file behind. */
class AtomicFileTest {
  private static long filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aWriteReplacesTheFileWhole(@TempDir Path dir) throws IOException {
    Path target = Files.write(dir.resolve("image.ckpt"), new byte[] {1, 2, 3});
    AtomicFile.<RuntimeException>write(target, ch -> ch.write(ByteBuffer.wrap(new byte[] {9, 9})));
    assertArrayEquals(new byte[] {9, 9}, Files.readAllBytes(target));
    assertEquals(1, filesIn(dir));
  }

  @Test
  void aFailureHalfWayLeavesTheOldImageAsItWas(@TempDir Path dir) throws IOException {
    byte[] old = {1, 2, 3, 4, 5};
    Path target = Files.write(dir.resolve("image.ckpt"), old);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, ch -> {
      ch.write(ByteBuffer.wrap(new byte[1000]));
      throw new IllegalStateException("a checkpoint hook failed");
    }));
    assertEquals("a checkpoint hook failed", e.getMessage());
    assertArrayEquals(old, Files.readAllBytes(target));
    assertEquals(1, filesIn(dir), "no temporary file is left");
  }

  @Test
  void aCheckedFailureToo(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("new.ckpt");
    assertThrows(IOException.class, () -> AtomicFile.write(target, ch -> {
      throw new IOException("disk full");
    }));
    assertEquals(0, filesIn(dir), "no file and no temporary file");
  }
}
