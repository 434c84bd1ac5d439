package org.ckptgen.example.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrailerCodec;

/**
 * Makes a fuzzer's bytes worth reading: random mutations almost never keep the trailer's record
 * count, length and CRC32C right, so without this every mutated image would stop at the checksum
 * and nothing behind it would be fuzzed. A forger does the same (docs/FORMAT.md: the CRC32C
 * guards against accidents, not against anyone who can write the file).
 */
final class Seal {
  private Seal() {}

  private static final int TRAILER = TrailerCodec.SIZE;

  /**
   * {@code image} with its trailer sealed again: the trailer is the first record of the trailer's
   * type that the framing walk (by each record's {@code len}) reaches, or else the last 40 bytes;
   * its record count (where the walk reached it), length and CRC32C are set to what precedes it.
   * Everything else, the trailer's own header and magic included, stays as the fuzzer made it.
   */
  static byte[] image(byte[] input) {
    byte[] b = input.clone();
    if (b.length < TRAILER) {
      return b;
    }
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long at = 0;
    long count = 0;
    // the walk of ImageReader.verify: stop at the trailer's type or where the framing breaks
    while (b.length - at >= 8 && le.getInt((int) at) != TrailerCodec.TYPE) {
      long len = Integer.toUnsignedLong(le.getInt((int) at + 4));
      if (len < 8 || align8(at + len) > b.length) {
        break;
      }
      at = align8(at + len);
      count++;
    }
    boolean walked = b.length - at >= TRAILER && le.getInt((int) at) == TrailerCodec.TYPE;
    int trailer = walked ? (int) at : b.length - TRAILER;
    if (walked) {
      le.putLong(trailer + 16, count);
    }
    le.putLong(trailer + 24, trailer);
    CRC32C crc = new CRC32C();
    crc.update(b, 0, trailer);
    le.putInt(trailer + 32, (int) crc.getValue());
    return b;
  }

  /**
   * An image made of {@code tables} (a valid header and its tables, as an image of this build
   * starts), {@code records} (zero-padded to 8 bytes) and a new trailer sealed over both.
   */
  static byte[] withTables(byte[] tables, byte[] records) {
    int body = tables.length + (int) align8(records.length);
    byte[] b = Arrays.copyOf(tables, body + TRAILER);
    System.arraycopy(records, 0, b, tables.length, records.length);
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    le.putInt(body, TrailerCodec.TYPE).putInt(body + 4, TRAILER);
    byte[] magic = Trailer.MAGIC.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, b, body + 8, magic.length);
    return image(b);
  }

  /**
   * Where the records after the header and its tables start (the field and enum tables, and any
   * other table a later format puts there): at the first section or the trailer; -1 if the
   * framing breaks first.
   */
  static int recordsStart(byte[] image) {
    ByteBuffer le = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    long at = 0;
    for (int i = 0; ; i++) {
      if (image.length - at < 8) {
        return -1;
      }
      int type = le.getInt((int) at);
      if (i > 0 && (type == SectionCodec.TYPE || type == TrailerCodec.TYPE)) {
        return (int) at;
      }
      long len = Integer.toUnsignedLong(le.getInt((int) at + 4));
      if (len < 8 || align8(at + len) > image.length) {
        return -1;
      }
      at = align8(at + len);
    }
  }

  /** The header and tables of a valid image. */
  static byte[] tables(byte[] image) {
    return Arrays.copyOf(image, recordsStart(image));
  }

  /** The records of a valid image between its tables and its trailer. */
  static byte[] records(byte[] image) {
    return Arrays.copyOfRange(image, recordsStart(image), image.length - TRAILER);
  }

  static long align8(long n) {
    return (n + 7) & ~7L;
  }
}
