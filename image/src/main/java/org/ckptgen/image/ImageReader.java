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
 * <p>A {@code ByteBuffer} holds at most 2 GiB - 1 bytes. A larger image is mapped as overlapping
 * windows: window {@code k} starts at {@code k * 256} MiB and maps 2 GiB - 8 bytes, so every
 * record that starts in it and is at most 1.75 GiB long lies whole in it, and a record is read in
 * place in the window where it starts. Such images refuse longer records with a clear error.
 * The windows cost address space, not memory: pages are read as they are touched.
 *
 * <p>{@link #open} checks the header; {@link #verify()} walks every record's framing, the trailer
 * and the checksum, then reads the field and enum tables. Only then are {@link #layout()} and
 * {@link #records()} handed out, so that nothing of a bad image is ever used.
 */
public final class ImageReader implements Closeable {
  /** The most one mapping holds, a multiple of 8: images up to this size are mapped whole. */
  static final long MAPPING = Integer.MAX_VALUE & ~7L;
  /** The distance between the windows of a larger image; records up to {@code MAPPING - STRIDE + 8} fit. */
  static final long STRIDE = 256L << 20;

  private final FileChannel channel;
  private final Path spool;
  private final long size;
  /** Where window {@code k} starts: {@code k * stride}; the whole image for one mapping. */
  private final long stride;
  private final ByteBuffer[] windows;
  private final ImageHeader header;
  private SchemaFields fields;
  private SchemaEnums enums;
  private ImageLayout layout;
  private long firstRecord;
  private Trailer trailer;
  private long trailerOffset;

  private ImageReader(FileChannel channel, Path spool, long windowStride, long mapping)
      throws IOException, CkptFormatException {
    this.channel = channel;
    this.spool = spool;
    this.size = channel.size();
    if (size <= mapping) {
      stride = Long.MAX_VALUE;
      windows = new ByteBuffer[] {map(0, size)};
    } else {
      stride = windowStride;
      windows = new ByteBuffer[Math.toIntExact((size + stride - 1) / stride)];
      for (int k = 0; k < windows.length; k++) {
        windows[k] = map(k * stride, Math.min(mapping, size - k * stride));
      }
    }
    this.header = readHeader(windows[0]);
  }

  private ByteBuffer map(long position, long length) throws IOException {
    return channel.map(FileChannel.MapMode.READ_ONLY, position, length).asReadOnlyBuffer();
  }

  /** Opens the image file at {@code path} and checks its header. */
  public static ImageReader open(Path path) throws IOException, CkptFormatException {
    return open(path, STRIDE, MAPPING);
  }

  /**
   * As {@link #open(Path)}, with windows {@code windowStride} apart that map {@code mapping}
   * bytes each (both multiples of 8, the stride at most the mapping): tests use small ones.
   */
  static ImageReader open(Path path, long windowStride, long mapping) throws IOException, CkptFormatException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      return new ImageReader(channel, null, windowStride, mapping);
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
        return new ImageReader(channel, spool, STRIDE, MAPPING);
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

  /** The image's length in bytes. */
  public long size() {
    return size;
  }

  /** The window that holds the record starting at {@code position}. */
  private ByteBuffer window(long position) {
    // one mapping, the common case, skips the division: restore walks every record twice
    return windows.length == 1 ? windows[0] : windows[(int) (position / stride)];
  }

  /** Where {@code position} is in its {@link #window}. */
  private int local(long position) {
    return windows.length == 1 ? (int) position : (int) (position % stride);
  }

  private int getInt(long position) {
    return LittleEndian.getInt(window(position), local(position));
  }

  /** The record at {@code position}, in the window where it starts: its errors count from the image's start. */
  private RecordView view(long position) {
    int local = local(position);
    return new RecordView(getInt(position), local, getInt(position + 4), window(position), position - local);
  }

  /**
   * Checks the framing of the whole image: every record header and length, the zero gaps
   * between records, the trailer as the last record, its record count, length and CRC32C; then
   * the field and enum tables that follow the header, against each other and the schema table.
   *
   * @return the trailer
   */
  public Trailer verify() throws CkptFormatException {
    long at = 0;
    long count = 0;
    while (true) {
      if (size - at < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE,
            at == size ? "the image ends without a trailer (truncated?)" : "a record header needs 8 bytes, " + (size - at) + " left");
      }
      int type = getInt(at);
      long len = Integer.toUnsignedLong(getInt(at + 4));
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
      RecordView v = view(at);
      if (end - at > v.image().limit() - v.offset()) {
        long mapping = windows[0].limit();
        throw new CkptFormatException(at + 4, type, "a record of " + len + " bytes in an image of " + size
            + " bytes; this reader reads records of up to " + (mapping - stride + 8) + " bytes in images over "
            + mapping + " bytes");
      }
      try {
        Wire.checkZero(v.image(), (int) (v.offset() + len), (int) (end - at - len), type, "the gap after the record");
      } catch (CkptFormatException e) {
        throw v.shifted(e);
      }
      count++;
      at = end;
    }
    Trailer t = view(at).decode(RecordCodec.TRAILER);
    checkMagic(t, at);
    long end = Wire.align8(at + (long) getInt(at + 4));
    if (end != size) {
      throw new CkptFormatException(end, CkptFormatException.UNKNOWN_TYPE,
          (size - end) + " bytes follow the trailer");
    }
    checkTotals(t, at, count, crc32c(at));
    readTables();
    trailer = t;
    trailerOffset = at;
    return t;
  }

  /** The CRC32C of the image's first {@code length} bytes, each byte once: windows overlap. */
  private int crc32c(long length) {
    CRC32C crc = new CRC32C();
    for (int k = 0; (long) k * stride < length; k++) {
      long from = k * stride;
      crc.update(windows[k].slice(0, (int) Math.min(length - from, Math.min(stride, windows[k].limit()))));
    }
    return (int) crc.getValue();
  }

  /**
   * The records between the schema tables (header, field table, enum table) and the trailer, in
   * order; the image must be {@link #verify() verified}.
   */
  public Iterable<RecordView> records() {
    requireVerified();
    return () -> new Iterator<>() {
      private long at = firstRecord;

      @Override
      public boolean hasNext() {
        return at < trailerOffset;
      }

      @Override
      public RecordView next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        RecordView view = view(at);
        at = Wire.align8(at + (long) view.length());
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

  /**
   * The field and enum tables after the header, checked against each other and the schema table.
   * Each is a record the framing walk has checked, read in the window where it starts.
   */
  private void readTables() throws CkptFormatException {
    long fieldsAt = Wire.align8(Integer.toUnsignedLong(getInt(4)));
    fields = view(fieldsAt).decode(RecordCodec.FIELDS);
    long enumsAt = Wire.align8(fieldsAt + Integer.toUnsignedLong(getInt(fieldsAt + 4)));
    enums = view(enumsAt).decode(RecordCodec.ENUMS);
    layout = ImageLayout.of(header, fields, fieldsAt, enums, enumsAt);
    firstRecord = Wire.align8(enumsAt + Integer.toUnsignedLong(getInt(enumsAt + 4)));
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
