package org.ckptgen.example.huge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.ckptgen.image.hook.Caller;
import org.junit.jupiter.api.Test;

/**
 * A record with a 256 MiB payload is checkpointed by a JVM with a 64 MiB heap: the writer sends
 * the payload as it is instead of copying the record into a buffer of its size. A check of
 * memory, not of time.
 */
class GatherWriteTest {
  private static final int SIZE = 256 << 20;

  @Test
  void a256MiBPayloadIsCheckpointedIn64MiBOfHeap() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")).resolve("huge"));
    Path payload = dir.resolve("payload.bin");
    Path image = dir.resolve("huge.ckpt");
    try {
      CRC32 expected = new CRC32();
      try (RandomAccessFile f = new RandomAccessFile(payload.toFile(), "rw")) {
        f.setLength(SIZE);
        for (long at = 0; at < SIZE; at += 1 << 20) {  // a mark in every MiB, so that a lost MiB shows
          f.seek(at);
          f.writeLong(at * 31 + 7);
        }
        expected.update(f.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, SIZE));
      }
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
          "-cp", System.getProperty("java.class.path"), CheckpointMain.class.getName(), image.toString(), payload.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checkpoint finished");
      assertEquals(0, p.exitValue(), out);
      int heap = Integer.parseInt(out.replaceAll("(?s).*max heap (\\d+) MiB.*", "$1"));
      assertTrue(heap <= 64, "the checkpointing JVM had at most 64 MiB of heap: " + out);
      assertTrue(Files.size(image) > SIZE);

      BlobSubsystem restored = new BlobSubsystem(null);
      HugeImageDispatch.builder().blob(restored).build().restore(image, Caller.privileged(), Set.of());
      assertEquals(expected.getValue(), restored.restoredCrc, "every byte of the payload came back");
    } finally {
      Files.deleteIfExists(payload);
      Files.deleteIfExists(image);
    }
  }
}
