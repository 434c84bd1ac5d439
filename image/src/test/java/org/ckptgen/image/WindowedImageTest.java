package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images too large for one mapping are read through overlapping windows. Small windows (a test
 * hook) run every record across window edges in a small image; one real image over 2 GiB
 * checks the offsets past {@code Integer.MAX_VALUE}.
 */
class WindowedImageTest {
  /** A record type no schema describes: the framing walk and records() skip it by its length. */
  private static final int RAW_TYPE = 0x7777;

  /** A record of {@code length} bytes: header, its own position in the image, then a pattern (zeros past 4 KiB). */
  private static ByteBuffer record(ByteBuffer buf, int length, long position) {
    buf.clear().limit(length);
    buf.putInt(0, RAW_TYPE).putInt(4, length);
    if (length >= 16) {
      buf.putLong(8, position);
    }
    for (int i = 16; i < Math.min(length, 4096); i++) {
      buf.put(i, (byte) (position + i));
    }
    return buf;
  }

  /** Writes records of these lengths after the header's tables; returns their positions. */
  private static List<Long> write(Path file, int[] lengths) throws IOException {
    List<Long> positions = new ArrayList<>();
    // direct: the channel would copy a heap buffer into a direct one of its size first
    ByteBuffer buf = ByteBuffer.allocateDirect(Math.max(16, max(lengths))).order(ByteOrder.LITTLE_ENDIAN);
    // the records start where the trailer of the same image without them would
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      new ImageWriter(ch, header()).finish();
    }
    long at = Files.size(file) - TrailerCodec.SIZE;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ImageWriter w = new ImageWriter(ch, header());
      for (int length : lengths) {
        w.writeRaw(record(buf, length, at));
        positions.add(at);
        at += (length + 7) & ~7;
      }
      w.finish();
    }
    return positions;
  }

  private static ImageHeader header() {
    return ImageHeader.of("windows", 1, 0, new SchemaEntry[0], 7L);
  }

  private static int max(int[] values) {
    int m = 0;
    for (int v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** What the reader hands out: each record's type, position, length and bytes. */
  private static List<String> records(ImageReader r) throws CkptFormatException {
    r.verify();
    List<String> out = new ArrayList<>();
    for (RecordView v : r.records()) {
      ByteBuffer b = v.bytes();
      StringBuilder s = new StringBuilder().append(v.type()).append('@').append(v.position()).append('+')
          .append(v.length()).append(':');
      for (int i = 0; i < b.remaining(); i++) {
        s.append(b.get(i)).append(',');
      }
      out.add(s.toString());
    }
    return out;
  }

  /** The verdict on an image: its records, or the offset and reason of its error. */
  private static String verdict(Path file, long stride) throws IOException {
    try (ImageReader r = ImageReader.open(file, stride, 2 * stride - 8)) {
      return String.join("\n", records(r));
    } catch (CkptFormatException e) {
      return "error at " + e.offset() + ": " + e.reason();
    }
  }

  private static final long ONE_MAPPING = Long.MAX_VALUE / 4;

  @Test
  void smallWindowsReadWhatOneMappingReads(@TempDir Path dir) throws Exception {
    Random random = new Random(20261129);
    int[] lengths = new int[200];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = 8 + random.nextInt(249);  // up to 256 bytes: no record longer than the smallest window
    }
    Path file = dir.resolve("w.ckpt");
    List<Long> positions = write(file, lengths);
    String whole = verdict(file, ONE_MAPPING);
    assertEquals(lengths.length, whole.lines().count(), whole);
    assertTrue(whole.contains(RAW_TYPE + "@" + positions.get(199) + "+" + lengths[199] + ":"), whole);
    for (long stride : new long[] {256, 264, 1024, 4096}) {
      assertTrue(Files.size(file) > 2 * stride - 8, "the image needs several windows of " + stride);
      assertEquals(whole, verdict(file, stride), "windows " + stride + " bytes apart");
    }
  }

  @Test
  void badImagesGetTheSameVerdictThroughWindows(@TempDir Path dir) throws Exception {
    int[] lengths = new int[60];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = 8 + (i * 37) % 240;
    }
    Path good = dir.resolve("good.ckpt");
    write(good, lengths);
    byte[] bytes = Files.readAllBytes(good);
    Path bad = dir.resolve("bad.ckpt");
    Random random = new Random(7);
    int same = 0;
    int n = 120;
    for (int i = 0; i < n; i++) {
      byte[] spoiled = bytes.clone();
      int at = random.nextInt(spoiled.length);
      spoiled[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(bad, i % 4 == 0 ? Arrays.copyOf(spoiled, random.nextInt(spoiled.length)) : spoiled);
      String whole = verdict(bad, ONE_MAPPING);
      assertTrue(whole.startsWith("error at "), "byte " + at + " spoiled, yet the image reads");
      String windowed = verdict(bad, 256);
      // a length spoiled to more than a window (and within the image) meets that limit first
      if (!windowed.contains("this reader reads records of up to 256 bytes")) {
        assertEquals(whole, windowed, "byte " + at + " spoiled, windows 256 bytes apart");
        same++;
      }
    }
    assertTrue(same > n * 3 / 4, same + " of " + n + " the same");
  }

  @Test
  void aRecordLongerThanAWindowIsRefusedByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("long.ckpt");
    List<Long> positions = write(file, new int[] {200, 200, 600, 200, 200});
    assertEquals("error at " + (positions.get(2) + 4) + ": a record of 600 bytes in an image of " + Files.size(file)
        + " bytes; this reader reads records of up to 256 bytes in images over 504 bytes", verdict(file, 256));
    assertTrue(verdict(file, ONE_MAPPING).contains(RAW_TYPE + "@" + positions.get(2) + "+600:"));
  }

  /**
   * 2.25 GiB written by ImageWriter, a record of 1.25 GiB and 16 of 64 MiB: read through the
   * windows of {@link ImageReader#open(Path)}, every record whole at its place; a length spoiled
   * past 2 GiB is reported at its offset.
   */
  @Test
  void anImageOver2GiB(@TempDir Path dir) throws Exception {
    int[] lengths = new int[17];
    Arrays.fill(lengths, 64 << 20);
    lengths[1] = 5 << 28;  // 1.25 GiB: more than a window's stride, less than what a window maps
    Path file = dir.resolve("big.ckpt");
    List<Long> positions = write(file, lengths);
    assertTrue(Files.size(file) > (2L << 30) + (1L << 28), "over 2 GiB: " + Files.size(file));
    try (ImageReader r = ImageReader.open(file)) {
      Trailer t = r.verify();
      assertEquals(Files.size(file) - TrailerCodec.SIZE, t.totalLength());
      int i = 0;
      for (RecordView v : r.records()) {
        assertEquals(positions.get(i), v.position());
        assertEquals(lengths[i], v.length());
        assertEquals(lengths[i], v.bytes().remaining(), "record " + i + " is whole in its window");
        assertEquals(v.position(), v.bytes().order(ByteOrder.LITTLE_ENDIAN).getLong(8), "record " + i);
        i++;
      }
      assertEquals(lengths.length, i);
    }
    long past2GiB = positions.stream().filter(p -> p > Integer.MAX_VALUE).findFirst().orElseThrow();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 3), past2GiB + 4);
    }
    try (ImageReader r = ImageReader.open(file)) {
      CkptFormatException e = assertThrows(CkptFormatException.class, r::verify);
      assertEquals(past2GiB + 4, e.offset());
      assertEquals("record length 3 is shorter than its header", e.reason());
    }
  }
}
