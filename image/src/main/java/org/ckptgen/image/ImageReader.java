package org.ckptgen.image;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Reads an image in place: the file is memory-mapped (a channel is first copied to a temporary
 * file), so images far larger than the heap are read without loading them, and payloads decoded
 * as {@code ByteBuffer} views never reach the heap.
 *
 * <p>{@link #open} checks the header; {@link #verify()} walks every record's framing, the trailer
 * and the checksum, then reads the field and enum tables. Only then are {@link #layout()} and
 * {@link #records()} handed out, so that nothing of a bad image is ever used.
 */
public final class ImageReader implements Closeable {
  private final FileChannel channel;
  private final Path spool;
  private final ByteBuffer image;
  private final ImageHeader header;
  private SchemaFields fields;
  private SchemaEnums enums;
  private ImageLayout layout;
  private int firstRecord;
  private Trailer trailer;
  private int trailerOffset;

  private ImageReader(FileChannel channel, Path spool) throws IOException, CkptFormatException {
    this.channel = channel;
    this.spool = spool;
    long size = channel.size();
    if (size > Integer.MAX_VALUE) {
      throw new CkptFormatException(0, CkptFormatException.UNKNOWN_TYPE,
          "the image is " + size + " bytes; this reader maps images of up to 2 GiB - 1");
    }
    this.image = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).asReadOnlyBuffer();
    this.header = readHeader(image);
  }

  /** Opens the image file at {@code path} and checks its header. */
  public static ImageReader open(Path path) throws IOException, CkptFormatException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      return new ImageReader(channel, null);
    } catch (IOException | CkptFormatException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Copies {@code in} to a temporary file and opens that. The file is opened delete-on-close,
   * which on Linux unlinks it at once: nothing is left behind, even if the JVM dies.
   */
  public static ImageReader open(ReadableByteChannel in) throws IOException, CkptFormatException {
    Path spool = Files.createTempFile("ckptgen-", ".image");
    try {
      try (var out = Files.newOutputStream(spool)) {
        Channels.newInputStream(in).transferTo(out);
      }
      FileChannel channel = FileChannel.open(spool, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
      try {
        return new ImageReader(channel, spool);
      } catch (IOException | CkptFormatException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | CkptFormatException | RuntimeException e) {
      Files.deleteIfExists(spool);
      throw e;
    }
  }

  static ImageHeader readHeader(ByteBuffer image) throws CkptFormatException {
    if (image.limit() < Wire.HEADER_SIZE || LittleEndian.getInt(image, 0) != ImageHeaderCodec.TYPE
        || image.limit() < 16 || !magic(image, 8, ImageHeader.MAGIC)) {
      throw new CkptFormatException(0, CkptFormatException.UNKNOWN_TYPE,
          "not a ckptgen image: it does not start with an image header and the magic " + ImageHeader.MAGIC);
    }
    ImageHeader h = ImageHeaderCodec.decode(image, 0);
    if (h.byteOrder() != ImageHeader.BYTE_ORDER) {
      throw new CkptFormatException(20, ImageHeaderCodec.TYPE,
          String.format("byte-order marker is 0x%08x, not 0x%08x", h.byteOrder(), ImageHeader.BYTE_ORDER));
    }
    if (h.formatVersion() != ImageHeader.FORMAT_VERSION) {
      throw new CkptFormatException(16, ImageHeaderCodec.TYPE, "image format version "
          + Integer.toUnsignedString(h.formatVersion()) + "; this reader knows version " + ImageHeader.FORMAT_VERSION);
    }
    if (h.flags() != 0) {
      throw new CkptFormatException(32, ImageHeaderCodec.TYPE,
          String.format("unknown image flags 0x%x", h.flags()));
    }
    return h;
  }

  private static boolean magic(ByteBuffer image, int at, String magic) {
    for (int i = 0; i < magic.length(); i++) {
      if (image.get(at + i) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public ImageHeader header() {
    return header;
  }

  /** The image's field table, as written; the image must be {@link #verify() verified}. */
  public SchemaFields fields() {
    requireVerified();
    return fields;
  }

  /** The image's enum table, as written; the image must be {@link #verify() verified}. */
  public SchemaEnums enums() {
    requireVerified();
    return enums;
  }

  /** The layout of every struct, from the image's schema, field and enum tables (checked by verify). */
  public ImageLayout layout() {
    requireVerified();
    return layout;
  }

  /** The image's bytes, read-only. */
  public ByteBuffer buffer() {
    return image.duplicate();
  }

  /**
   * Checks the framing of the whole image: every record header and length, the zero gaps
   * between records, the trailer as the last record, its record count, length and CRC32C; then
   * the field and enum tables that follow the header, against each other and the schema table.
   *
   * @return the trailer
   */
  public Trailer verify() throws CkptFormatException {
    int size = image.limit();
    int at = 0;
    long count = 0;
    while (true) {
      if (size - at < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE,
            at == size ? "the image ends without a trailer (truncated?)" : "a record header needs 8 bytes, " + (size - at) + " left");
      }
      int type = LittleEndian.getInt(image, at);
      long len = Integer.toUnsignedLong(LittleEndian.getInt(image, at + 4));
      if (type == TrailerCodec.TYPE) {
        break;
      }
      if (len < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at + 4, type, "record length " + len + " is shorter than its header");
      }
      long end = Wire.align8(at + len);
      if (end > size) {
        throw new CkptFormatException(at + 4, type,
            "record length " + len + " runs past the end of the image (" + (size - at) + " bytes left)");
      }
      Wire.checkZero(image, (int) (at + len), (int) (end - at - len), type, "the gap after the record");
      count++;
      at = (int) end;
    }
    Trailer t = TrailerCodec.decode(image, at);
    checkMagic(t, at);
    long end = Wire.align8(at + (long) LittleEndian.getInt(image, at + 4));
    if (end != size) {
      throw new CkptFormatException(end, CkptFormatException.UNKNOWN_TYPE,
          (size - end) + " bytes follow the trailer");
    }
    CRC32C crc = new CRC32C();
    crc.update(image.slice(0, at));
    checkTotals(t, at, count, (int) crc.getValue());
    readTables();
    trailer = t;
    trailerOffset = at;
    return t;
  }

  /**
   * The records between the schema tables (header, field table, enum table) and the trailer, in
   * order; the image must be {@link #verify() verified}.
   */
  public Iterable<RecordView> records() {
    requireVerified();
    return () -> new Iterator<>() {
      private int at = firstRecord;

      @Override
      public boolean hasNext() {
        return at < trailerOffset;
      }

      @Override
      public RecordView next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        int len = LittleEndian.getInt(image, at + 4);
        RecordView view = new RecordView(LittleEndian.getInt(image, at), at, len, image);
        at = (int) Wire.align8(at + (long) len);
        return view;
      }
    };
  }

  /** The trailer's magic; {@code at} is where the trailer starts. */
  static void checkMagic(Trailer t, long at) throws CkptFormatException {
    if (!t.magic().equals(Trailer.MAGIC)) {
      throw new CkptFormatException(at + 8, TrailerCodec.TYPE, "the trailer's magic is not " + Trailer.MAGIC);
    }
  }

  /** The trailer's record count, length and CRC32C against the {@code count} records and {@code crc} before {@code at}. */
  static void checkTotals(Trailer t, long at, long count, int crc) throws CkptFormatException {
    if (t.nrecords() != count) {
      throw new CkptFormatException(at + 16, TrailerCodec.TYPE,
          "the trailer counts " + t.nrecords() + " records; the image has " + count);
    }
    if (t.totalLength() != at) {
      throw new CkptFormatException(at + 24, TrailerCodec.TYPE,
          "the trailer says " + t.totalLength() + " bytes precede it; " + at + " do");
    }
    if (crc != t.crc32c()) {
      throw new CkptFormatException(at + 32, TrailerCodec.TYPE, String.format(
          "checksum mismatch: the image's CRC32C is 0x%08x, the trailer says 0x%08x", crc, t.crc32c()));
    }
  }

  /** The field and enum tables after the header, checked against each other and the schema table. */
  private void readTables() throws CkptFormatException {
    int fieldsAt = (int) Wire.align8(Integer.toUnsignedLong(LittleEndian.getInt(image, 4)));
    fields = SchemaFieldsCodec.decode(image, fieldsAt);
    int enumsAt = (int) Wire.align8(fieldsAt + (long) LittleEndian.getInt(image, fieldsAt + 4));
    enums = SchemaEnumsCodec.decode(image, enumsAt);
    layout = ImageLayout.of(header, fields, fieldsAt, enums, enumsAt);
    firstRecord = (int) Wire.align8(enumsAt + (long) LittleEndian.getInt(image, enumsAt + 4));
  }

  private void requireVerified() {
    if (trailer == null) {
      throw new IllegalStateException("verify() the image before reading its tables and records");
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
    if (spool != null) {
      Files.deleteIfExists(spool);
    }
  }
}
