package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Random;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ImageReader#open(Path)} of an image over 32 MiB takes a private copy: into the heap up
 * to its budget, into a spool past it. Either copy is the reader's own (nothing done to
 * the file afterwards reaches it), is sized by the file and not by the image, fails cleanly on a
 * file that shrinks or grows during the copy, and outlives the reader for as long as a view of it
 * is kept.
 */
class PrivateCopyTest {
  private static final int RAW_TYPE = 0x7777;
  /** Over the 32 MiB that are read into the heap. */
  private static final int PAYLOAD = (33 << 20) + 4;

  /** An image of one raw record of {@code PAYLOAD} bytes of a pattern from {@code seed}; returns the record's CRC32C. */
  private static long write(Path file, long seed) throws IOException {
    ByteBuffer record = ByteBuffer.allocateDirect(PAYLOAD);
    Random random = new Random(seed);
    for (int i = 0; i < PAYLOAD; i += 4) {
      record.putInt(i, random.nextInt());
    }
    record.order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, RAW_TYPE).putInt(4, PAYLOAD);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ImageWriter w = new ImageWriter(ch, ImageHeader.of("copies", 1, 0, new SchemaEntry[0], 7L));
      w.writeRaw(record.duplicate());
      w.finish();
    }
    CRC32C crc = new CRC32C();
    crc.update(record.duplicate());
    return crc.getValue();
  }

  private static long crc(ByteBuffer bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.duplicate());
    return crc.getValue();
  }

  /** Opens {@code file} with {@code budget}, checks how it is held, and returns its one record's bytes once closed. */
  private static ByteBuffer keptPast(Path file, long budget, String holding) throws Exception {
    ByteBuffer kept;
    try (ImageReader r = ImageReader.open(file, budget)) {
      assertEquals(holding, r.holding());
      r.verify();
      Iterator<RecordView> records = r.records().iterator();
      kept = records.next().bytes();
      assertTrue(!records.hasNext());
    }
    return kept;
  }

  /** The file spoiled in place, then cut to nothing: a view of a private copy must not see either. */
  private static void spoil(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.allocate(1 << 20), 0);
      ch.truncate(0);
    }
  }

  @Test
  void aPayloadInMemoryOutlivesTheReaderAndTheFile(@TempDir Path dir) throws Exception {
    long seed = System.nanoTime();
    System.out.println("PrivateCopyTest seed " + seed);
    Path file = dir.resolve("m.ckpt");
    long crc = write(file, seed);
    ByteBuffer kept = keptPast(file, 1L << 30, "memory");
    spoil(file);
    System.gc();  // the copy is referenced by the view alone now: it must stay
    assertEquals(PAYLOAD, kept.remaining());
    assertEquals(crc, crc(kept), "the view after close, with the file spoiled and cut");
  }

  @Test
  void aPayloadInASpoolOutlivesTheReaderAndTheFile(@TempDir Path dir) throws Exception {
    long seed = System.nanoTime();
    System.out.println("PrivateCopyTest seed " + seed);
    Path file = dir.resolve("s.ckpt");
    long crc = write(file, seed);
    ByteBuffer kept = keptPast(file, 0, "spool");
    spoil(file);
    System.gc();
    assertEquals(crc, crc(kept), "the view after close, with the file spoiled and cut");
  }

  @Test
  void overTheBudgetTheImageIsSpooled(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.ckpt");
    long crc = write(file, 1);
    long size = Files.size(file);
    assertEquals(crc, crc(keptPast(file, size, "memory")), "a budget of the image's size holds it");
    assertEquals(crc, crc(keptPast(file, size - 1, "spool")), "one byte less does not");
    String before = System.getProperty(ImageReader.MEMORY_PROPERTY);
    try {
      System.setProperty(ImageReader.MEMORY_PROPERTY, "0");
      try (ImageReader r = ImageReader.open(file)) {
        assertEquals("spool", r.holding());
      }
      System.setProperty(ImageReader.MEMORY_PROPERTY, "64M");
      try (ImageReader r = ImageReader.open(file)) {
        assertEquals("memory", r.holding());
      }
    } finally {
      if (before == null) {
        System.clearProperty(ImageReader.MEMORY_PROPERTY);
      } else {
        System.setProperty(ImageReader.MEMORY_PROPERTY, before);
      }
    }
  }

  @Test
  void theBudgetProperty() {
    String before = System.getProperty(ImageReader.MEMORY_PROPERTY);
    try {
      System.clearProperty(ImageReader.MEMORY_PROPERTY);
      long standard = Runtime.getRuntime().maxMemory() / 4;
      assertEquals(standard, ImageReader.memoryBudget());
      String[][] cases = {{"0", "0"}, {"123", "123"}, {"4k", "4096"}, {" 3m ", "3145728"}, {"2G", "2147483648"},
          {"-1", "" + standard}, {"lots", "" + standard}, {"9999999999g", "" + standard}, {"", "" + standard}};
      for (String[] c : cases) {
        System.setProperty(ImageReader.MEMORY_PROPERTY, c[0]);
        assertEquals(Long.parseLong(c[1]), ImageReader.memoryBudget(), "\"" + c[0] + "\"");
      }
    } finally {
      if (before == null) {
        System.clearProperty(ImageReader.MEMORY_PROPERTY);
      } else {
        System.setProperty(ImageReader.MEMORY_PROPERTY, before);
      }
    }
  }

  /**
   * A file longer or shorter than the size taken at open, as one that grows or shrinks during
   * the copy: one CkptFormatException at the size, from either copy; never a copy of part of it.
   */
  @Test
  void aFileThatGrowsOrShrinksDuringTheCopyIsOneCleanError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.ckpt");
    write(file, 2);
    long size = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long opened = size - 8;  // the file has grown by 8 bytes since
      CkptFormatException grew = assertThrows(CkptFormatException.class,
          () -> ImageReader.inMemory(ch, opened, ByteBuffer.allocate((int) opened)));
      assertEquals(opened, grew.offset());
      assertTrue(grew.reason().startsWith("the file grew while it was read"), grew.reason());
      grew = assertThrows(CkptFormatException.class, () -> ImageReader.spooled(ch, opened));
      assertEquals(opened, grew.offset());
      assertTrue(grew.reason().startsWith("the file grew while it was read"), grew.reason());

      long larger = size + 64;  // the file has shrunk by 64 bytes since
      CkptFormatException shrank = assertThrows(CkptFormatException.class,
          () -> ImageReader.inMemory(ch, larger, ByteBuffer.allocate((int) larger)));
      assertEquals(size, shrank.offset());
      assertTrue(shrank.reason().startsWith("the file changed while it was read"), shrank.reason());
      shrank = assertThrows(CkptFormatException.class, () -> ImageReader.spooled(ch, larger));
      assertEquals(size, shrank.offset());
      assertTrue(shrank.reason().startsWith("the file changed while it was read"), shrank.reason());
    }
  }
}
