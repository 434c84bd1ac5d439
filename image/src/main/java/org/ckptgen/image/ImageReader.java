package org.ckptgen.image;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
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
 * and the checksum, then, given a key ({@link #verify(PublicKey)}), the signature, then reads the
 * field and enum tables. Only then are {@link #layout()} and
 * {@link #records()} handed out, so that nothing of a bad image is ever used.
 *
 * <p>The file may change under the reader, and the reader reads a snapshot of it. A file replaced
 * by rename (as {@link AtomicFile} and every ckptgen writer replace one) does not matter: the
 * reader keeps the file it opened. Against a truncation or a rewrite in place, {@link #open(Path)}
 * takes a copy that no one else can touch: an image of up to 32 MiB ({@code SNAPSHOT}), or up to
 * a memory budget ({@value #MEMORY_PROPERTY}, by default a quarter of the maximum heap, at most
 * 2 GiB - 8 bytes), is read into one heap buffer, half a MiB at a time, each chunk through the
 * CRC32C right after its read, while it is in cache (so that {@link #verify()} makes no second
 * pass over the image); a larger one, or one the heap has no room for, is copied the same way
 * through one buffer into a private spool file (unlinked at once) that is mapped. The buffer is
 * sized by the file's size at open (fstat), never by anything the image says. A file that
 * shrinks or grows while it is copied is one {@link CkptFormatException}; one rewritten
 * meanwhile fails the checksum.
 *
 * <p>The private copy belongs to the garbage collector, not to the reader: a {@link RecordView}
 * and a {@code ByteBuffer} payload decoded from it (a payload is a view, never copied) stay valid,
 * and keep their bytes, after the reader is {@link #close() closed}, for as long as anything
 * references them; so a restore hook may keep the payload it was given instead of copying it.
 * The copy is freed once the last view is unreachable (a spool's mapping is unmapped then, and
 * the spool's blocks freed). Views of a file mapped in place ({@link #openMapped}) are views of
 * that file, whatever happens to it later.
 *
 * <p>Mapping the file itself ({@link #openMapped}) saves the copy, for files nothing else writes: a file truncated under its mapping faults reads past
 * its new end, which the JVM turns into an InternalError at a moment of its choosing, or, in
 * compiled code, sometimes into a crash (docs/ROBUSTNESS.md). A path that is not a regular file
 * (a FIFO, a device, a directory) is refused before it is opened, so that opening it cannot
 * block; a stream is read with {@link #open(ReadableByteChannel)} or {@link ImageStream}.
 */
public final class ImageReader implements Closeable {
  /** The most one mapping holds, a multiple of 8: images up to this size are mapped whole. */
  static final long MAPPING = Integer.MAX_VALUE & ~7L;
  /** The distance between the windows of a larger image; records up to {@code MAPPING - STRIDE + 8} fit. */
  static final long STRIDE = 256L << 20;

  private final FileChannel channel;
  /** Whether the mapping is of the caller's file itself, which others may truncate, not a private copy. */
  private final boolean inPlace;
  private final Path spool;
  private final long size;
  /** Where window {@code k} starts: {@code k * stride}; the whole image for one mapping. */
  private final long stride;
  private final ByteBuffer[] windows;
  private final ImageHeader header;
  private SchemaFields fields;
  private SchemaEnums enums;
  private SchemaSubsystems subsystems;
  private long subsystemsAt;
  private ImageLayout layout;
  private TrustedSchema trusted;
  private long fieldsAt;
  private long enumsAt;
  private long firstRecord;
  private Trailer trailer;
  private long trailerOffset;
  /** The signature record of a signed image, and where it is; -1 for an unsigned image. */
  private ImageSignature signature;
  private long signatureOffset = -1;
  /**
   * The CRC32C of the image's first {@code crcLength} bytes, taken while they were copied into
   * the private copy, in memory or a spool (-1: none taken): where the trailer of a valid image starts.
   */
  private long crcLength = -1;
  private int crcOfLength;
  /** The key whose signature a verify found valid (a second verify with it need not check it again), or null. */
  private PublicKey signedBy;

  /**
   * Images up to this size are read into the heap with read(2): a snapshot that nothing done to
   * the file afterwards can change or fault. Larger ones too, up to the memory budget, and past it
   * into a spool (see the class comment).
   */
  static final int SNAPSHOT = 32 << 20;

  /**
   * The copy into a private spool goes through a buffer of this size, small enough to stay in the
   * L2 cache from the read, through the checksum, to the write.
   */
  private static final int COPY_CHUNK = 512 * 1024;

  /** A snapshot of a whole image, in the heap; no file stays open. */
  private ImageReader(ByteBuffer snapshot) throws CkptFormatException {
    this.channel = null;
    this.inPlace = false;
    this.spool = null;
    this.size = snapshot.limit();
    this.stride = Long.MAX_VALUE;
    this.windows = new ByteBuffer[] {snapshot.asReadOnlyBuffer()};
    this.header = readHeader(windows[0]);
  }

  private ImageReader(FileChannel channel, Path spool, long windowStride, long mapping, boolean inPlace)
      throws IOException, CkptFormatException {
    this.inPlace = inPlace;
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
    try {
      this.header = readHeader(windows[0]);
    } catch (InternalError e) {
      throw changedUnderReader(0, CkptFormatException.UNKNOWN_TYPE, e);
    }
  }

  private ByteBuffer map(long position, long length) throws IOException {
    return channel.map(FileChannel.MapMode.READ_ONLY, position, length).asReadOnlyBuffer();
  }

  /**
   * Opens the image file at {@code path} and checks its header.
   *
   * @throws IOException also when {@code path} is not a regular file: a FIFO would block in open(2)
   */
  public static ImageReader open(Path path) throws IOException, CkptFormatException {
    return open(path, memoryBudget());
  }

  /**
   * As {@link #open(Path)}, with {@code inMemoryUpTo} in place of the {@value #MEMORY_PROPERTY}
   * budget: an image over 32 MiB and up to that many bytes is copied into the heap, a larger one
   * into a spool file; 0 spools every image over 32 MiB.
   */
  public static ImageReader open(Path path, long inMemoryUpTo) throws IOException, CkptFormatException {
    return open(path, STRIDE, MAPPING, SNAPSHOT, inMemoryUpTo);
  }

  /**
   * The system property that sets how large an image {@link #open(Path)} copies into memory
   * rather than into a spool file, in bytes, with an optional suffix {@code k}, {@code m} or
   * {@code g} ({@code -Dckptgen.image.memory=1g}); 0 spools every image over 32 MiB. Unset (or
   * not a size), the budget is a quarter of the JVM's maximum heap ({@code -Xmx}). It is read at each
   * open, and each reader's copy counts against it alone.
   */
  public static final String MEMORY_PROPERTY = "ckptgen.image.memory";

  /**
   * The memory budget of {@link #open(Path)}: the {@value #MEMORY_PROPERTY} property, or a
   * quarter of the maximum heap. Whatever it says, a copy in memory is one buffer, so an image over
   * 2 GiB - 8 bytes is spooled.
   */
  static long memoryBudget() {
    String set = System.getProperty(MEMORY_PROPERTY);
    if (set != null) {
      String v = set.trim().toLowerCase(java.util.Locale.ROOT);
      int shift = v.endsWith("k") ? 10 : v.endsWith("m") ? 20 : v.endsWith("g") ? 30 : 0;
      try {
        long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
        if (n >= 0 && n <= Long.MAX_VALUE >> shift) {
          return n << shift;
        }
      } catch (NumberFormatException e) {
        // not a size: the default
      }
    }
    return Runtime.getRuntime().maxMemory() / 4;
  }

  /**
   * Refuses a path that is not a regular file, before open(2) could block on it. Between this
   * check and the open, the path could be replaced by a FIFO; Java cannot open with O_NONBLOCK,
   * so that race is the one way left to block (docs/ROBUSTNESS.md).
   */
  static void requireRegularFile(Path path) throws IOException {
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new IOException(path + ": not a regular file (" + (a.isDirectory() ? "a directory"
          : "a FIFO, socket or device") + "); an image is read from a file, or from a stream with ImageStream");
    }
  }

  /**
   * As {@link #open(Path)}, with windows {@code windowStride} apart that map {@code mapping}
   * bytes each (both multiples of 8, the stride at most the mapping), and mapped whatever its
   * size: tests use small ones.
   */
  static ImageReader open(Path path, long windowStride, long mapping) throws IOException, CkptFormatException {
    return open(path, windowStride, mapping, 0, 0);
  }

  private static ImageReader open(Path path, long windowStride, long mapping, long snapshotUpTo, long inMemoryUpTo)
      throws IOException, CkptFormatException {
    requireRegularFile(path);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      long size = channel.size();
      if (size <= snapshotUpTo || (snapshotUpTo > 0 && size <= Math.min(inMemoryUpTo, MAPPING))) {
        ByteBuffer memory = allocate(size);
        if (memory != null) {
          try (channel) {
            return inMemory(channel, size, memory);
          }
        }
      }
      if (snapshotUpTo > 0) {
        try (channel) {
          return spooled(channel, size);
        }
      }
      return new ImageReader(channel, null, windowStride, mapping, true);
    } catch (IOException | CkptFormatException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Maps the image file at {@code path} itself, without the private copy {@link #open(Path)}
   * makes of an image over 32 MiB: for files that nothing else writes or truncates while they are
   * read. A file truncated under a mapping faults the reads past its new end, and HotSpot does not
   * survive every such fault (docs/ROBUSTNESS.md).
   */
  public static ImageReader openMapped(Path path) throws IOException, CkptFormatException {
    return open(path, STRIDE, MAPPING, 0, 0);
  }

  /**
   * A heap buffer of {@code size} bytes (the file's size as fstat gave it, never a length the
   * image claims), or null where the heap has no room for it: the image is then spooled.
   *
   * <p>The heap, not direct memory: a direct buffer is fresh memory at every open (malloc, the
   * kernel's page faults and zeroing, then the JVM's own zeroing), and on the 2-vCPU VM of the
   * benchmarks a restore of 256 MiB from one took 824 to 1,239 ms against 475 to 599 ms from
   * the heap, whose pages stay resident from one use to the next (benchmarks/README.md,
   * "Payload, session 6"); nor does the heap stall on {@code -XX:MaxDirectMemorySize}, whose
   * limit makes the JVM call System.gc() and wait.
   */
  private static ByteBuffer allocate(long size) {
    try {
      return ByteBuffer.allocate(Math.toIntExact(size));
    } catch (OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * A private copy of the first {@code size} bytes of {@code source} in {@code memory} (a buffer
   * of that size): read(2) into it half a MiB at a time, each chunk through the CRC32C right
   * after its read, while it is in cache, so that {@link #verify()} makes no second pass over the
   * image. A source shorter or longer than {@code size} by then is one clean error. The memory
   * is the garbage collector's: views of it stay valid after {@link #close()}.
   */
  static ImageReader inMemory(FileChannel source, long size, ByteBuffer memory) throws IOException, CkptFormatException {
    long cut = size - TrailerCodec.SIZE;
    CRC32C crc = new CRC32C();
    for (int at = 0; at < size; ) {
      int n = source.read(memory.slice(at, (int) Math.min(COPY_CHUNK, size - at)), at);
      if (n <= 0) {
        throw changedUnderReader(at, CkptFormatException.UNKNOWN_TYPE, null);
      }
      if (at < cut) {
        crc.update(memory.slice(at, (int) Math.min(n, cut - at)));
      }
      at += n;
    }
    requireEnd(source, size);
    ImageReader reader = new ImageReader(memory);
    reader.crcLength = cut;
    reader.crcOfLength = (int) crc.getValue();
    return reader;
  }

  /**
   * Fails if {@code source} holds more than the {@code size} bytes just copied from it: a file
   * that grew during the copy (a writer still appending) is one clean error, as one that shrank.
   */
  private static void requireEnd(FileChannel source, long size) throws IOException, CkptFormatException {
    if (source.read(ByteBuffer.allocate(1), size) > 0) {
      throw new CkptFormatException(size, CkptFormatException.UNKNOWN_TYPE,
          "the file grew while it was read (still being written?); read it again once its writer is done");
    }
  }

  /**
   * A private copy of the first {@code size} bytes of {@code source}, mapped: a spool in
   * java.io.tmpdir, unlinked before a byte is copied, that no other process can change or
   * truncate. The copy goes through one buffer that read(2) fills, the CRC32C reads while it is
   * in cache, and write(2) empties: the checksum of what the spool holds, without a pass of its
   * own (a kernel copy, {@code transferTo}, then the checksum over the mapping read every byte
   * from memory twice). A source that shrinks meanwhile is one clean error.
   */
  static ImageReader spooled(FileChannel source, long size) throws IOException, CkptFormatException {
    Spool spool = Spool.create();
    try {
      // the bytes before the trailer of a valid image, whose CRC32C verify checks: taken as they are
      // copied, each chunk while it is in cache, so that verify makes no second pass over the image
      long cut = size - TrailerCodec.SIZE;
      CRC32C crc = new CRC32C();
      ByteBuffer chunk = ByteBuffer.allocateDirect(COPY_CHUNK);
      for (long at = 0; at < size; ) {
        chunk.clear().limit((int) Math.min(COPY_CHUNK, size - at));
        int n = source.read(chunk, at);
        if (n <= 0) {
          throw changedUnderReader(at, CkptFormatException.UNKNOWN_TYPE, null);
        }
        chunk.flip();
        if (at < cut) {
          crc.update(chunk.slice(0, (int) Math.min(n, cut - at)));
        }
        while (chunk.hasRemaining()) {
          spool.channel.write(chunk, at + chunk.position());
        }
        at += n;
      }
      requireEnd(source, size);
      ImageReader reader = new ImageReader(spool.channel, spool.left, STRIDE, MAPPING, false);
      reader.crcLength = cut;
      reader.crcOfLength = (int) crc.getValue();
      return reader;
    } catch (IOException | CkptFormatException | RuntimeException e) {
      spool.close();
      throw e;
    }
  }

  /** A temporary file, unlinked as soon as it is open (or, where that fails, deleted on close). */
  private record Spool(FileChannel channel, Path left) {
    static Spool create() throws IOException {
      Path file = Files.createTempFile("ckptgen-", ".spool");
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      try {
        Files.delete(file);
        return new Spool(channel, null);
      } catch (IOException e) {
        return new Spool(channel, file);  // an open file cannot be unlinked here (Windows)
      }
    }

    void close() throws IOException {
      channel.close();
      if (left != null) {
        Files.deleteIfExists(left);
      }
    }
  }

  /**
   * Copies {@code in} to a temporary file in {@code java.io.tmpdir} and opens that. The spool is
   * unlinked as soon as it is open, before a byte is copied, so a JVM killed while it reads leaves
   * nothing behind (where the file system cannot unlink an open file, as on Windows, it is
   * deleted on close instead). Only a kill between the spool's creation and its unlink, two
   * system calls apart, can leave an empty {@code ckptgen-*.spool}.
   */
  public static ImageReader open(ReadableByteChannel in) throws IOException, CkptFormatException {
    // up to SNAPSHOT bytes stay in memory, growing only as bytes arrive; no file at all
    ByteBuffer head = ByteBuffer.allocate(1 << 16);
    while (true) {
      if (!head.hasRemaining()) {
        if (head.capacity() > SNAPSHOT) {
          break;
        }
        head = ByteBuffer.allocate((int) Math.min(head.capacity() * 2L, SNAPSHOT + 1L)).put(head.flip());
      }
      if (in.read(head) < 0) {
        return new ImageReader(head.flip());
      }
    }
    Spool spool = Spool.create();
    try {
      for (head.flip(); head.hasRemaining(); ) {
        spool.channel.write(head);
      }
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
      while (in.read(chunk.clear()) >= 0) {
        for (chunk.flip(); chunk.hasRemaining(); ) {
          spool.channel.write(chunk);
        }
      }
      return new ImageReader(spool.channel, spool.left, STRIDE, MAPPING, false);
    } catch (IOException | CkptFormatException | RuntimeException e) {
      spool.close();
      throw e;
    }
  }

  static ImageHeader readHeader(ByteBuffer image) throws CkptFormatException {
    if (image.limit() < Wire.HEADER_SIZE || LittleEndian.getInt(image, 0) != ImageHeaderCodec.TYPE
        || image.limit() < ImageHeaderCodec.OFFSET_MAGIC + ImageHeader.MAGIC.length() + 1
        || !magic(image, ImageHeaderCodec.OFFSET_MAGIC, ImageHeader.MAGIC)) {
      throw new CkptFormatException(0, CkptFormatException.UNKNOWN_TYPE,
          "not a ckptgen image: it does not start with an image header and the magic " + ImageHeader.MAGIC);
    }
    ImageHeader h = ImageHeaderCodec.INSTANCE.decode(image, 0);
    if (h.byteOrder() != ImageHeader.BYTE_ORDER) {
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_BYTE_ORDER, ImageHeaderCodec.TYPE,
          String.format("byte-order marker is 0x%08x, not 0x%08x", h.byteOrder(), ImageHeader.BYTE_ORDER));
    }
    if (h.formatVersion() != ImageHeader.FORMAT_VERSION) {
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_FORMAT_VERSION, ImageHeaderCodec.TYPE, "image format version "
          + Integer.toUnsignedString(h.formatVersion()) + "; this reader knows version " + ImageHeader.FORMAT_VERSION);
    }
    if (h.flags() != 0) {
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_FLAGS, ImageHeaderCodec.TYPE,
          String.format("unknown image flags 0x%x", h.flags()));
    }
    if (!h.imageName().matches("[a-z][a-z0-9_]*")) {
      // the processor's rule for @CheckpointImage(name): a forged name cannot fake lines of output
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_IMAGE_NAME, ImageHeaderCodec.TYPE,
          "the image name is not lower case letters, digits and _, starting with a letter");
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

  /** The image's subsystem table, as written; the image must be {@link #verify() verified}. */
  public SchemaSubsystems subsystems() {
    requireVerified();
    return subsystems;
  }

  /** Where the subsystem table starts: the record after the enum table. */
  public long subsystemsAt() {
    requireVerified();
    return subsystemsAt;
  }

  /**
   * The layout of every struct: from the image's own schema, field and enum tables (checked by
   * verify), or, once the image is {@link #trust checked against a trusted schema}, from that.
   */
  public ImageLayout layout() {
    requireVerified();
    return trusted != null ? trusted.layout() : layout;
  }

  /**
   * Verifies the image if it is not yet, checks it against {@code schema} ({@link
   * TrustedSchema#check}) and from then on reads its records by the schema's layout, not by the
   * image's own tables.
   */
  public ImageReader trust(TrustedSchema schema) throws CkptFormatException {
    if (trailer == null) {
      verify();
    }
    schema.check(this);
    trusted = schema;
    return this;
  }

  /** The schema this image was checked against, or null while it is read by its own tables. */
  public TrustedSchema trusted() {
    return trusted;
  }

  /** Where the field table starts; the image must be verified. */
  long fieldsOffset() {
    requireVerified();
    return fieldsAt;
  }

  /** Where the enum table starts; the image must be verified. */
  long enumsOffset() {
    requireVerified();
    return enumsAt;
  }

  /** How the reader holds the image, for tests: "memory" (the heap), "spool" or "file" (mapped in place). */
  String holding() {
    if (channel == null) {
      return "memory";
    }
    return inPlace ? "file" : "spool";
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
    return new RecordView(getInt(position), local, getInt(position + Wire.LENGTH_AT), window(position), position - local);
  }

  /**
   * Checks the framing of the whole image: every record header and length, the zero gaps
   * between records, the trailer as the last record, its record count, length and CRC32C; then
   * the field and enum tables that follow the header, against each other and the schema table.
   *
   * @return the trailer
   */
  public Trailer verify() throws CkptFormatException {
    return verify(null);
  }

  /**
   * As {@link #verify()}, and with a {@code key}, after the checksum and before the tables: the
   * image must be signed by {@code key}, and its signature must match every byte it covers
   * ({@link Signing}). A null key requires nothing: a signed image is accepted, its signature
   * unchecked ({@link #signature()} tells by which key id it says it is signed).
   *
   * <p>A reader verified before does not walk the framing again (it reads a snapshot, or a file
   * that nothing else writes), but a key other than the one already checked is checked: an image
   * verified without a key, or with another key, is not thereby signed by this one.
   *
   * @throws IllegalArgumentException if {@code key} is not an Ed25519 public key
   */
  public Trailer verify(PublicKey key) throws CkptFormatException {
    Signature verifier = key == null ? null : Signing.verifierOrFail(key);
    try {
      if (trailer != null) {
        if (key != null && !key.equals(signedBy)) {
          checkSignature(key, verifier, signatureOffset, trailerOffset);
          signedBy = key;
        }
        return trailer;
      }
      return walk(key, verifier);
    } catch (InternalError e) {
      // a read of the mapping faulted: the file is shorter than when it was mapped
      throw changedUnderReader(size, CkptFormatException.UNKNOWN_TYPE, e);
    }
  }

  private Trailer walk(PublicKey key, Signature verifier) throws CkptFormatException {
    long at = 0;
    long count = 0;
    long signedAt = -1;
    while (true) {
      if (size - at < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE,
            at == size ? "the image ends without a trailer (truncated?)" : "a record header needs 8 bytes, " + (size - at) + " left");
      }
      int type = getInt(at);
      long len = Integer.toUnsignedLong(getInt(at + Wire.LENGTH_AT));
      if (type == TrailerCodec.TYPE) {
        break;
      }
      if (signedAt >= 0) {
        throw Signing.notLast(signedAt);
      }
      if (len < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at + Wire.LENGTH_AT, type, "record length " + len + " is shorter than its header");
      }
      long end = Wire.align8(at + len);
      if (end > size) {
        throw new CkptFormatException(at + Wire.LENGTH_AT, type,
            "record length " + len + " runs past the end of the image (" + (size - at) + " bytes left)");
      }
      RecordView v = view(at);
      if (end - at > v.image().limit() - v.offset()) {
        long mapping = windows[0].limit();
        throw new CkptFormatException(at + Wire.LENGTH_AT, type, "a record of " + len + " bytes in an image of " + size
            + " bytes; this reader reads records of up to " + (mapping - stride + 8) + " bytes in images over "
            + mapping + " bytes");
      }
      try {
        Wire.checkZero(v.image(), (int) (v.offset() + len), (int) (end - at - len), type, "the gap after the record");
      } catch (CkptFormatException e) {
        throw v.shifted(e);
      }
      if (type == ImageSignatureCodec.TYPE) {
        Signing.checkRecord(v.image(), v.offset(), at, len);
        signedAt = at;
      }
      count++;
      at = end;
    }
    Trailer t = view(at).decode(TrailerCodec.INSTANCE);
    checkMagic(t, at);
    long end = Wire.align8(at + (long) getInt(at + Wire.LENGTH_AT));
    if (end != size) {
      throw new CkptFormatException(end, CkptFormatException.UNKNOWN_TYPE,
          (size - end) + " bytes follow the trailer");
    }
    checkTotals(t, at, count, crc32c(at));
    if (key != null) {
      checkSignature(key, verifier, signedAt, at);
    }
    readTables();
    signedBy = key;
    signatureOffset = signedAt;
    signature = signedAt < 0 ? null : view(signedAt).decode(ImageSignatureCodec.INSTANCE);
    trailer = t;
    trailerOffset = at;
    return t;
  }

  /** The signature check, for a reader that requires {@code key}: after the checksum, before the tables. */
  private void checkSignature(PublicKey key, Signature verifier, long signedAt, long trailerAt) throws CkptFormatException {
    if (signedAt < 0) {
      throw Signing.unsigned(trailerAt, key);
    }
    RecordView v = view(signedAt);
    Signing.checkKeyId(v.image(), v.offset(), signedAt, key);
    feed(signedAt + Signing.SIGNED_PART, bytes -> {
      try {
        verifier.update(bytes);
      } catch (SignatureException e) {
        throw new IllegalStateException(e);  // initialised for verification by Signing.verifier
      }
    });
    Signing.checkSignature(v.image(), v.offset(), signedAt, key, verifier);
  }

  /** The signature record of a {@link #verify() verified} image, or null for an unsigned image. */
  public ImageSignature signature() {
    requireVerified();
    return signature;
  }

  /** Where the signature record of a verified image starts, or -1 for an unsigned image. */
  public long signatureOffset() {
    requireVerified();
    return signatureOffset;
  }

  /** Where the trailer of a verified image starts. */
  public long trailerOffset() {
    requireVerified();
    return trailerOffset;
  }

  /** Writes the records of a verified image up to {@code end} (a record boundary) to {@code w} as they are. */
  void copyPrefix(long end, ImageWriter w) throws java.io.IOException {
    requireVerified();
    for (long at = 0; at < end; ) {
      RecordView v = view(at);
      w.writeRaw(v.bytes());
      at = Wire.align8(at + (long) v.length());
    }
  }

  /**
   * The CRC32C of the image's first {@code length} bytes. From a file mapped in place, it is read
   * with read(2), not from the mapping: a file truncated meanwhile gives a short read here, where
   * the CRC32C intrinsic over a mapping would crash the JVM.
   */
  private int crc32c(long length) throws CkptFormatException {
    if (length == crcLength) {
      return crcOfLength;  // taken as the private copy was made, of the same bytes
    }
    CRC32C crc = new CRC32C();
    feed(length, crc::update);
    return (int) crc.getValue();
  }

  /** Hands the image's first {@code length} bytes to {@code sink}, in order, each once (see {@link #crc32c}). */
  private void feed(long length, Consumer<ByteBuffer> sink) throws CkptFormatException {
    if (!inPlace) {
      // a snapshot in the heap, or a private copy nobody else can truncate: each byte once, windows overlap
      for (int k = 0; (long) k * stride < length; k++) {
        long from = k * stride;
        sink.accept(windows[k].slice(0, (int) Math.min(length - from, Math.min(stride, windows[k].limit()))));
      }
      return;
    }
    ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(length, 1 << 20));
    try {
      for (long at = 0; at < length; ) {
        chunk.clear().limit((int) Math.min(chunk.capacity(), length - at));
        int n = channel.read(chunk, at);
        if (n < 0) {
          throw changedUnderReader(at, CkptFormatException.UNKNOWN_TYPE, null);
        }
        sink.accept(chunk.slice(0, n));
        at += n;
      }
    } catch (IOException e) {
      throw new CkptFormatException(0, CkptFormatException.UNKNOWN_TYPE, "the image could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The error of a file that changed under the reader: a read of the mapping faulted
   * ({@code fault}, an InternalError) or a read(2) came back short at {@code at}.
   */
  static CkptFormatException changedUnderReader(long at, int type, InternalError fault) {
    return new CkptFormatException(at, type, "the file changed while it was read (truncated?); read it again once "
        + "its writer is done", fault);
  }

  /**
   * The records between the schema tables (header, field table, enum table) and the signature
   * record of a signed image or the trailer, in order; the image must be {@link #verify() verified}.
   */
  public Iterable<RecordView> records() {
    requireVerified();
    return () -> new Iterator<>() {
      private long at = firstRecord;

      @Override
      public boolean hasNext() {
        return at < (signatureOffset >= 0 ? signatureOffset : trailerOffset);
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
      throw new CkptFormatException(at + TrailerCodec.OFFSET_MAGIC, TrailerCodec.TYPE, "the trailer's magic is not " + Trailer.MAGIC);
    }
  }

  /** The trailer's record count, length and CRC32C against the {@code count} records and {@code crc} before {@code at}. */
  static void checkTotals(Trailer t, long at, long count, int crc) throws CkptFormatException {
    if (t.nrecords() != count) {
      throw new CkptFormatException(at + TrailerCodec.OFFSET_NRECORDS, TrailerCodec.TYPE,
          "the trailer counts " + t.nrecords() + " records; the image has " + count);
    }
    if (t.totalLength() != at) {
      throw new CkptFormatException(at + TrailerCodec.OFFSET_TOTAL_LENGTH, TrailerCodec.TYPE,
          "the trailer says " + t.totalLength() + " bytes precede it; " + at + " do");
    }
    if (crc != t.crc32c()) {
      throw new CkptFormatException(at + TrailerCodec.OFFSET_CRC32C, TrailerCodec.TYPE, String.format(
          "checksum mismatch: the image's CRC32C is 0x%08x, the trailer says 0x%08x", crc, t.crc32c()));
    }
  }

  /**
   * The field, enum and subsystem tables after the header, the first two checked against each
   * other and the schema table. Each is a record the framing walk has checked, read in the window
   * where it starts.
   */
  private void readTables() throws CkptFormatException {
    fieldsAt = Wire.align8(Integer.toUnsignedLong(getInt(4)));
    fields = view(fieldsAt).decode(SchemaFieldsCodec.INSTANCE);
    enumsAt = Wire.align8(fieldsAt + Integer.toUnsignedLong(getInt(fieldsAt + Wire.LENGTH_AT)));
    enums = view(enumsAt).decode(SchemaEnumsCodec.INSTANCE);
    layout = ImageLayout.of(header, fields, fieldsAt, enums, enumsAt);
    subsystemsAt = Wire.align8(enumsAt + Integer.toUnsignedLong(getInt(enumsAt + Wire.LENGTH_AT)));
    subsystems = view(subsystemsAt).decode(SchemaSubsystemsCodec.INSTANCE);
    checkSubsystems(subsystems, subsystemsAt, layout, header.imageVersion());
    firstRecord = Wire.align8(subsystemsAt + Integer.toUnsignedLong(getInt(subsystemsAt + Wire.LENGTH_AT)));
  }

  /**
   * The subsystem table's own rules: names as the processor allows them ({@code [a-z][a-z0-9_]*}),
   * no name twice (the order is the dispatch order of the build that wrote it, which need not be
   * sorted); flags 0, {@link SubsystemEntry#REMOVED} or REMOVED with {@link SubsystemEntry#SKIP}; a
   * removed subsystem's state type and since 0, any other's state a record type of the schema table
   * and its since 0 or from 2 to the image's version.
   */
  static void checkSubsystems(SchemaSubsystems table, long at, ImageLayout layout, int imageVersion)
      throws CkptFormatException {
    SubsystemEntry[] entries = table.subsystems();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      SubsystemEntry e = entries[i];
      long entryAt = at + SchemaSubsystemsCodec.SIZE + (long) i * SubsystemEntryCodec.SIZE;
      String where = "subsystem table entry " + i;
      if (!e.name().matches("[a-z][a-z0-9_]*")) {
        throw new CkptFormatException(entryAt, SchemaSubsystemsCodec.TYPE,
            where + ": the name is not lower case letters, digits and _, starting with a letter");
      }
      Integer first = seen.putIfAbsent(e.name(), i);
      if (first != null) {
        throw new CkptFormatException(entryAt, SchemaSubsystemsCodec.TYPE,
            where + " (" + e.name() + ") has the name of entry " + first + "; no subsystem is listed twice");
      }
      int flags = Short.toUnsignedInt(e.flags());
      if (flags != 0 && flags != SubsystemEntry.REMOVED && flags != (SubsystemEntry.REMOVED | SubsystemEntry.SKIP)) {
        throw new CkptFormatException(entryAt + SubsystemEntryCodec.OFFSET_FLAGS, SchemaSubsystemsCodec.TYPE,
            String.format("%s (%s): flags 0x%x are not 0, 1 (removed) or 3 (removed, skipped)", where, e.name(), flags));
      }
      if (e.isRemoved() ? e.stateType() != 0 : layout.byType(e.stateType()) == null) {
        throw new CkptFormatException(entryAt + SubsystemEntryCodec.OFFSET_STATE_TYPE, SchemaSubsystemsCodec.TYPE,
            String.format(e.isRemoved() ? "%s (%s): state type 0x%x, but a removed subsystem has none (0)"
                : "%s (%s): state type 0x%x is no record type of the schema table", where, e.name(), e.stateType()));
      }
      int since = Short.toUnsignedInt(e.since());
      if (e.isRemoved() ? since != 0 : since == 1 || Integer.compareUnsigned(since, imageVersion) > 0) {
        throw new CkptFormatException(entryAt + SubsystemEntryCodec.OFFSET_SINCE, SchemaSubsystemsCodec.TYPE,
            String.format(e.isRemoved() ? "%s (%s): since %d, but a removed subsystem has 0"
                : "%s (%s): since %d is neither 0 (the first image version) nor from 2 to the image version %s", where,
                e.name(), since, Integer.toUnsignedString(imageVersion)));
      }
    }
  }

  private void requireVerified() {
    if (trailer == null) {
      throw new IllegalStateException("verify() the image before reading its tables and records");
    }
  }

  @Override
  public void close() throws IOException {
    if (channel == null) {
      return;
    }
    channel.close();
    if (spool != null) {
      Files.deleteIfExists(spool);
    }
  }
}
