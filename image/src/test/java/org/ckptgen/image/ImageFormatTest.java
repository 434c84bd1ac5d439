package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image framing: written by ImageWriter, checked whole by ImageReader before any record is used. */
class ImageFormatTest {
  private static final SchemaEntry[] SCHEMA = {new SchemaEntry(0x0101, 88, 1, SchemaEntry.SHARED, "ckpt_hdr_cred")};
  /** The cred's layout, as far as this test cares: its header, then 80 bytes. */
  private static final SchemaFields FIELDS = new SchemaFields(new FieldEntry[] {
      FieldEntry.of(0, FieldEntry.ROLE_HEADER, FieldEntry.ELEMENT_HEADER, FieldEntry.ARITY_ONE, 0, 8, 0, 1, 0, 1, "h"),
      FieldEntry.of(0, FieldEntry.ROLE_PADDING, FieldEntry.ELEMENT_BYTE, FieldEntry.ARITY_FIXED, 0, 1, 8, 80, 0, 1,
          "__pad1")});

  /** header, field, enum and subsystem tables, section "cred", objref + object, section "uts", one record, trailer. */
  static byte[] sampleImage() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(bytes), ImageHeader.of("container", 2, 0x1234_5678_9abc_def0L, SCHEMA, 42L),
        FIELDS, new SchemaEnums(new EnumValue[0]));
    w.beginSection("cred");
    assertEquals(1, w.writeObject(SectionCodec.INSTANCE, new Section("shared-object")));
    w.beginSection("uts");
    w.write(ObjectRefCodec.INSTANCE, new ObjectRef(0x0101, 1));
    Trailer t = w.finish();
    assertEquals(9, t.nrecords());
    return bytes.toByteArray();
  }

  private static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void whatTheWriterWritesTheReaderReads(@TempDir Path dir) throws Exception {
    byte[] bytes = sampleImage();
    Path file = Files.write(dir.resolve("a.ckpt"), bytes);
    try (ImageReader r = ImageReader.open(file)) {
      assertEquals("container", r.header().imageName());
      assertEquals(2, r.header().imageVersion());
      assertEquals(0x1234_5678_9abc_def0L, r.header().schemaFingerprint());
      assertArrayEquals(SCHEMA, r.header().schema());
      Trailer t = r.verify();
      int trailerAt = bytes.length - TrailerCodec.SIZE;
      assertEquals(trailerAt, t.totalLength());
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, trailerAt);
      assertEquals((int) crc.getValue(), t.crc32c());
      List<String> seen = new ArrayList<>();
      for (RecordView v : r.records()) {
        assertEquals(0, v.offset() % 8, "records start at 8-byte boundaries");
        seen.add(Integer.toHexString(v.type()));
      }
      assertEquals(List.of("2", "3", "2", "2", "3"), seen);
      RecordView object = r.records().iterator().next();
      assertEquals(new Section("cred"), object.decode(SectionCodec.INSTANCE));
    }
  }

  /**
   * Records of random sizes, small ones and ones larger than the writer's 4 KiB margin and its
   * 64 KiB buffer, in random order, unsigned and signed: the reader verifies the framing, the
   * CRC32C (and the signature) over what the writer buffered, summed and sent in its own runs,
   * and every record decodes to the value written.
   */
  @Test
  void recordsOfEverySizeAcrossTheWriteBuffer(@TempDir Path dir) throws Exception {
    java.security.KeyPair key = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    for (long seed = 1; seed <= 6; seed++) {
      java.util.Random random = new java.util.Random(seed);
      boolean signed = seed % 2 == 0;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageWriter w = new ImageWriter(Channels.newChannel(bytes), ImageHeader.of("t", 1, 0, new SchemaEntry[0], 0),
          new SchemaFields(new FieldEntry[0]), new SchemaEnums(new EnumValue[0]), signed ? key.getPrivate() : null);
      List<Object> written = new ArrayList<>();
      for (int n = random.nextInt(400); n >= 0; n--) {
        if (random.nextBoolean()) {
          Section section = new Section("s" + random.nextInt(1000));
          w.write(SectionCodec.INSTANCE, section);
          written.add(section);
        } else {
          int count = random.nextInt(8) == 0 ? random.nextInt(4000) : random.nextInt(100);
          FieldEntry[] entries = new FieldEntry[count];
          for (int i = 0; i < count; i++) {
            entries[i] = FieldEntry.of(random.nextInt(5), FieldEntry.ROLE_PADDING, FieldEntry.ELEMENT_BYTE,
                FieldEntry.ARITY_FIXED, 0, 1, 8 * i, 8, 0, 1, "f" + random.nextInt(100_000));
          }
          SchemaFields fields = new SchemaFields(entries);
          w.write(SchemaFieldsCodec.INSTANCE, fields);
          written.add(fields);
        }
      }
      w.finish();
      Path file = Files.write(dir.resolve("r" + seed + ".ckpt"), bytes.toByteArray());
      try (ImageReader r = ImageReader.open(file)) {
        r.verify(signed ? key.getPublic() : null);
        List<Object> read = new ArrayList<>();
        for (RecordView v : r.records()) {
          read.add(v.type() == SectionCodec.TYPE ? v.decode(SectionCodec.INSTANCE) : v.decode(SchemaFieldsCodec.INSTANCE));
        }
        assertEquals(written.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
          Object a = written.get(i);
          Object b = read.get(i);
          if (a instanceof SchemaFields f) {
            assertArrayEquals(f.fields(), ((SchemaFields) b).fields(), "record " + i);
          } else {
            assertEquals(a, b, "record " + i);
          }
        }
      }
    }
  }

  private static List<Path> spools() throws IOException {
    try (var s = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "ckptgen-*.image")) {
      List<Path> all = new ArrayList<>();
      s.forEach(all::add);
      return all;
    }
  }

  @Test
  void aChannelIsReadThroughATemporaryFileThatLeavesNothingBehind() throws Exception {
    List<Path> before = spools();
    ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(sampleImage())));
    assertEquals(9, r.verify().nrecords());
    // the spool is opened DELETE_ON_CLOSE: unlinked at once on Linux, so nothing is left even if the JVM dies
    assertEquals(before, spools(), "no temporary file outlives its opening");
    r.close();
    assertEquals(before, spools());
  }

  private static CkptFormatException rejected(Consumer<ByteBuffer> spoil, Path dir) throws IOException {
    byte[] bytes = sampleImage();
    spoil.accept(le(bytes));
    Path file = Files.write(dir.resolve("bad.ckpt"), bytes);
    return assertThrows(CkptFormatException.class, () -> {
      try (ImageReader r = ImageReader.open(file)) {
        r.verify();
      }
    });
  }

  @Test
  void badHeaders(@TempDir Path dir) throws IOException {
    assertTrue(rejected(b -> b.put(8, (byte) 'X'), dir).reason().startsWith("not a ckptgen image"));
    assertEquals("image format version 2; this reader knows version 1", rejected(b -> b.putInt(16, 2), dir).reason());
    assertEquals("byte-order marker is 0x04030201, not 0x01020304",
        rejected(b -> b.putInt(20, 0x04030201), dir).reason());
    assertEquals("unknown image flags 0x4", rejected(b -> b.putLong(32, 4), dir).reason());
  }

  @Test
  void aFlippedByteIsAChecksumMismatchAtTheTrailer(@TempDir Path dir) throws IOException {
    byte[] bytes = sampleImage();
    CkptFormatException e = rejected(b -> b.put(170, (byte) (b.get(170) ^ 0x20)), dir);
    assertEquals(bytes.length - TrailerCodec.SIZE + 32, e.offset());
    assertTrue(e.reason().startsWith("checksum mismatch"), e.reason());
  }

  @Test
  void badFraming(@TempDir Path dir) throws IOException {
    byte[] bytes = sampleImage();
    int trailerAt = bytes.length - TrailerCodec.SIZE;
    // the section after the header (96 + 64 bytes of schema), the field table (16 + 2 * 72), the enum
    // and the subsystem table (16 each)
    int section = 96 + 64 + 16 + 2 * 72 + 16 + 16;
    assertEquals(0x0002, le(bytes).getInt(section));
    assertEquals("record length 4 is shorter than its header", rejected(b -> b.putInt(section + 4, 4), dir).reason());
    assertTrue(rejected(b -> b.putInt(section + 4, 1 << 20), dir).reason().contains("runs past the end of the image"));
    assertEquals("the trailer counts 10 records; the image has 9", rejected(b -> b.putLong(trailerAt + 16, 10), dir).reason());
    assertEquals("the trailer says 8 bytes precede it; " + trailerAt + " do",
        rejected(b -> b.putLong(trailerAt + 24, 8), dir).reason());
  }

  @Test
  void aNonZeroGapBetweenRecordsIsRejected(@TempDir Path dir) throws IOException {
    // an odd-length record leaves a gap: write one with a short section name and a hand-made length
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter w = new ImageWriter(Channels.newChannel(out), ImageHeader.of("x", 1, 0, new SchemaEntry[0], 0));
    w.beginSection("a");
    w.finish();
    byte[] bytes = out.toByteArray();
    ByteBuffer b = le(bytes);
    // the section (after the 96-byte header and the three empty 16-byte tables) claims 36 bytes, so
    // its last 4 (zeros of its name) become the gap: the framing holds, and only the checksum,
    // which covered the old length, tells
    int section = 96 + 16 + 16 + 16;
    b.putInt(section + 4, 36);
    Path file = Files.write(dir.resolve("gap.ckpt"), bytes);
    CkptFormatException crc = assertThrows(CkptFormatException.class, () -> {
      try (ImageReader r = ImageReader.open(file)) {
        r.verify();
      }
    });
    assertTrue(crc.reason().startsWith("checksum mismatch"), crc.reason());
    b.put(section + 37, (byte) 7);    // a non-zero gap byte is caught by the framing walk, before the checksum
    Files.write(file, bytes);
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> {
      try (ImageReader r = ImageReader.open(file)) {
        r.verify();
      }
    });
    assertEquals(section + 37, e.offset());
    assertEquals("the gap after the record byte 1 is 0x07; padding must be zero", e.reason());
  }

  @Test
  void truncatedOrExtended(@TempDir Path dir) throws IOException {
    byte[] bytes = sampleImage();
    for (int cut : new int[] {0, 7, 96, bytes.length - 40, bytes.length - 1}) {
      Path file = Files.write(dir.resolve("cut.ckpt"), java.util.Arrays.copyOf(bytes, cut));
      assertThrows(CkptFormatException.class, () -> {
        try (ImageReader r = ImageReader.open(file)) {
          r.verify();
        }
      }, "cut at " + cut);
    }
    Path longer = Files.write(dir.resolve("long.ckpt"), java.util.Arrays.copyOf(bytes, bytes.length + 8));
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> {
      try (ImageReader r = ImageReader.open(longer)) {
        r.verify();
      }
    });
    assertEquals("8 bytes follow the trailer", e.reason());
  }

  @Test
  void recordsAreOnlyHandedOutAfterVerify(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("a.ckpt"), sampleImage());
    try (ImageReader r = ImageReader.open(file)) {
      assertThrows(IllegalStateException.class, r::records);
    }
  }
}
