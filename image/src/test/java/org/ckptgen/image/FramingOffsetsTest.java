package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Random;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.junit.jupiter.api.Test;

/**
 * The framing code reads the header and trailer by the generated OFFSET_* constants: each must be
 * where the codec writes its member, and a bad member is reported at its constant.
 */
class FramingOffsetsTest {
  private final Random random = new Random(13);

  @Test
  void theHeaderConstantsAreWhereItsCodecWrites() throws CkptFormatException {
    for (int round = 0; round < 100; round++) {
      ImageHeader h = new ImageHeader(ImageHeader.MAGIC, random.nextInt(), random.nextInt(), random.nextInt(),
          random.nextInt(), random.nextLong(), random.nextLong(), random.nextLong(), "image" + round,
          new SchemaEntry[0]);
      ByteBuffer buf = ByteBuffer.allocate(ImageHeaderCodec.INSTANCE.encodedLength(h));
      ImageHeaderCodec.INSTANCE.encode(h, buf, 0);
      assertEquals(h.formatVersion(), LittleEndian.getInt(buf, ImageHeaderCodec.OFFSET_FORMAT_VERSION));
      assertEquals(h.byteOrder(), LittleEndian.getInt(buf, ImageHeaderCodec.OFFSET_BYTE_ORDER));
      assertEquals(h.arch(), LittleEndian.getInt(buf, ImageHeaderCodec.OFFSET_ARCH));
      assertEquals(h.imageVersion(), LittleEndian.getInt(buf, ImageHeaderCodec.OFFSET_IMAGE_VERSION));
      assertEquals(h.flags(), LittleEndian.getLong(buf, ImageHeaderCodec.OFFSET_FLAGS));
      assertEquals(h.createdNs(), LittleEndian.getLong(buf, ImageHeaderCodec.OFFSET_CREATED_NS));
      assertEquals(h.schemaFingerprint(), LittleEndian.getLong(buf, ImageHeaderCodec.OFFSET_SCHEMA_FINGERPRINT));
      assertEquals(0, LittleEndian.getInt(buf, ImageHeaderCodec.OFFSET_NSCHEMA));
      assertEquals('C', buf.get(ImageHeaderCodec.OFFSET_MAGIC));
      assertEquals('i', buf.get(ImageHeaderCodec.OFFSET_IMAGE_NAME));
    }
  }

  @Test
  void theTrailerConstantsAreWhereItsCodecWrites() {
    for (int round = 0; round < 100; round++) {
      Trailer t = new Trailer(Trailer.MAGIC, random.nextLong(), random.nextLong(), random.nextInt());
      ByteBuffer buf = ByteBuffer.allocate(TrailerCodec.SIZE);
      TrailerCodec.INSTANCE.encode(t, buf, 0);
      assertEquals(t.nrecords(), LittleEndian.getLong(buf, TrailerCodec.OFFSET_NRECORDS));
      assertEquals(t.totalLength(), LittleEndian.getLong(buf, TrailerCodec.OFFSET_TOTAL_LENGTH));
      assertEquals(t.crc32c(), LittleEndian.getInt(buf, TrailerCodec.OFFSET_CRC32C));
      assertEquals('C', buf.get(TrailerCodec.OFFSET_MAGIC));
    }
  }

  @Test
  void aBadHeaderMemberIsReportedAtItsOffset() {
    ImageHeader good = ImageHeader.of("container", 1, 0, new SchemaEntry[0], 0);
    assertReportedAt(ImageHeaderCodec.OFFSET_BYTE_ORDER, withInt(good, ImageHeaderCodec.OFFSET_BYTE_ORDER, 0x04030201));
    assertReportedAt(ImageHeaderCodec.OFFSET_FORMAT_VERSION,
        withInt(good, ImageHeaderCodec.OFFSET_FORMAT_VERSION, ImageHeader.FORMAT_VERSION + 1 + random.nextInt(1000)));
    assertReportedAt(ImageHeaderCodec.OFFSET_FLAGS, withInt(good, ImageHeaderCodec.OFFSET_FLAGS, 1 << random.nextInt(31)));
    ByteBuffer name = encoded(good);
    name.put(ImageHeaderCodec.OFFSET_IMAGE_NAME, (byte) 'A');
    assertReportedAt(ImageHeaderCodec.OFFSET_IMAGE_NAME, name);
  }

  private static ByteBuffer encoded(ImageHeader h) {
    ByteBuffer buf = ByteBuffer.allocate(ImageHeaderCodec.INSTANCE.encodedLength(h));
    ImageHeaderCodec.INSTANCE.encode(h, buf, 0);
    return buf;
  }

  private static ByteBuffer withInt(ImageHeader h, int at, int value) {
    ByteBuffer buf = encoded(h);
    LittleEndian.putInt(buf, at, value);
    return buf;
  }

  private static void assertReportedAt(long offset, ByteBuffer image) {
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> ImageReader.readHeader(image));
    assertEquals(offset, e.offset(), e.getMessage());
  }
}
