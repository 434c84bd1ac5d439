package org.ckptgen.example.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2.25 GiB image restores in a JVM whose whole heap is 256 MiB: the image is mapped (past
 * 2 GiB, in windows), not read into the heap, and its pages reach the restore hook as views,
 * whose CRC over every page must match the one checkpointed. A check of memory, not of time.
 */
class LargeImageMemoryTest {
  private static final int PAGES = 2304;  // 2.25 GiB of payload: more than one mapping holds

  @Test
  void anImageOver2GiBRestoresIn256MiBOfHeap() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")).resolve("bulk"));
    Path image = dir.resolve("bulk.ckpt");
    try {
      BulkImageDispatch.builder().memory(new MemorySubsystem(PAGES)).build().checkpoint(image);
      assertTrue(Files.size(image) > (long) PAGES * MemorySubsystem.PAGE, "the image holds 2.25 GiB of pages");

      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-cp", System.getProperty("java.class.path"), RestoreMain.class.getName(), image.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the restore finished");
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.startsWith("restored " + PAGES + " pages"), out);
      int heap = Integer.parseInt(out.replaceAll("(?s).*max heap (\\d+) MiB.*", "$1"));
      assertTrue(heap <= 256, "the restoring JVM had at most 256 MiB of heap: " + out);
    } finally {
      Files.deleteIfExists(image);
    }
  }

  /**
   * A page byte changed by someone who re-sealed the image's CRC32C: the framing holds, so the
   * restore hook runs, finds its own checksum wrong and returns -EIO, which the dispatch reports.
   */
  @Test
  void aForgedPageIsRefusedByItsSubsystem(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("small.ckpt");
    BulkImageDispatch.builder().memory(new MemorySubsystem(3)).build().checkpoint(image);
    byte[] bytes = Files.readAllBytes(image);
    int trailer = bytes.length - TrailerCodec.SIZE;
    bytes[trailer / 2] ^= 1;  // inside the payload of a page
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, trailer);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(trailer + 32, (int) crc.getValue());
    Files.write(image, bytes);

    MemorySubsystem restored = new MemorySubsystem(0);
    RestoreException e = assertThrows(RestoreException.class,
        () -> BulkImageDispatch.builder().memory(restored).build().restore(image, Caller.privileged(), Set.of()));
    assertEquals("memory", e.subsystem());
    assertEquals(-5, e.code());
    assertTrue(e.getMessage().endsWith("the restore hook returned -5 (EIO)"), e.getMessage());
    assertEquals(3, restored.restoredPages);
  }
}
