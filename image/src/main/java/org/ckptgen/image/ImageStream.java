package org.ckptgen.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Reads an image from a stream in one pass, one record at a time, and gives it the verdict that
 * {@link ImageReader} and {@link ImageChecker} give the same bytes (docs/FORMAT.md, "A valid
 * image"): valid, or the same {@link CkptFormatException}, offset and reason.
 *
 * <p>Each record gets a buffer of its own, which grows only as that record's bytes actually
 * arrive, so a forged length cannot make it allocate more than the stream holds; and what is
 * decoded from a record keeps its bytes after the next one is read (a {@code ByteBuffer} payload
 * is a view of its record's buffer, as it is a view of the mapped file in {@link ImageReader}).
 *
 * <p>The mapped reader checks the framing and checksum of the whole image before it believes the
 * tables, and the tables before the records. A stream cannot look ahead, so each record is
 * checked as it arrives, by the same rules, and a fault of a later step (a table rule, the
 * trusted schema, a section, a record's values, an objref) is held back: the stream reads on to
 * the trailer, framing only, and reports a fault of an earlier step found there (a framing error,
 * the checksum, the signature) in its place. So {@link #open}, {@link #trust} or {@link #next()}
 * throw the mapped reader's verdict, and {@link #next()} never hands out a record that the
 * whole-image check refuses. What a stream cannot do is take back records it handed out before a
 * later fault: code that must not act on any record of a bad image (a restore) reads a file, or
 * the whole stream first.
 *
 * <p>Given a key ({@link #open(InputStream, PublicKey)}), the stream hashes every byte as it
 * arrives and checks the signature record against the key; its verdict, like the mapped reader's,
 * comes after the trailer's checks, when {@link #next()} reaches the trailer.
 *
 * <p>One limit differs from the mapped reader's: a record of a stream is at most 2 GiB - 16
 * bytes long (the mapped reader's limit is 1.75 GiB in images over 2 GiB, none below), so the
 * two name different faults for a longer record only in an image of over 2 GiB.
 */
public final class ImageStream {
  private static final int CHUNK = 1 << 20;
  /** Bytes of the first record read before its header is checked: the magic ends at 16. */
  private static final int HEADER_PEEK = 16;
  /** The longest record a stream reads: a buffer holds 2 GiB - 1 bytes, less the JVM's array header. */
  private static final int LONGEST = Integer.MAX_VALUE - 15;

  private final InputStream in;
  private final CRC32C crc = new CRC32C();
  private ImageHeader header;
  private SchemaFields fields;
  private SchemaEnums enums;
  private SchemaSubsystems subsystems;
  private long fieldsAt;
  private long enumsAt;
  private long subsystemsAt;
  private ImageLayout layout;
  private TrustedSchema trusted;
  /** Step 6 of the verdict, from the first {@link #next()} on. */
  private ImageChecker.Walk walk;
  private ByteBuffer buf;
  private long position;
  /** Records before the trailer, header and tables included, as the trailer counts them. */
  private long records;
  private Trailer trailer;
  /** The image's length, once the trailer and what follows it are read. */
  private long size = -1;
  /** The key the image must be signed with, and the verifier that sees every byte; null if none. */
  private final PublicKey key;
  private final Signature verifier;
  private ImageSignature signature;
  private long signatureOffset = -1;
  /** The signature check's failure, reported after the trailer's checks, as the mapped reader orders them. */
  private CkptFormatException signatureFailure;

  private ImageStream(InputStream in, PublicKey key) throws IOException, CkptFormatException {
    this.in = in;
    this.key = key;
    this.verifier = key == null ? null : Signing.verifierOrFail(key);
    pull(true);
    // ImageReader.readTables, record by record: each table is the record after the one before
    RecordView f = pull(false);
    fieldsAt = f.position();
    fields = afterFraming(() -> f.decode(SchemaFieldsCodec.INSTANCE));
    RecordView e = pull(false);
    enumsAt = e.position();
    enums = afterFraming(() -> e.decode(SchemaEnumsCodec.INSTANCE));
    layout = afterFraming(() -> ImageLayout.of(header, fields, fieldsAt, enums, enumsAt));
    RecordView t = pull(false);
    subsystemsAt = t.position();
    subsystems = afterFraming(() -> t.decode(SchemaSubsystemsCodec.INSTANCE));
    afterFraming(() -> {
      ImageReader.checkSubsystems(subsystems, subsystemsAt, layout, header.imageVersion());
      return null;
    });
  }

  /** The image's subsystem table. */
  public SchemaSubsystems subsystems() {
    return subsystems;
  }

  /**
   * Reads the header and schema tables of the image on {@code in}; the caller closes {@code in}.
   * An image whose tables break a rule is read to its end first (see the class comment).
   */
  public static ImageStream open(InputStream in) throws IOException, CkptFormatException {
    return new ImageStream(in, null);
  }

  /**
   * As {@link #open(InputStream)}, for an image that must be signed by {@code key} (an Ed25519
   * public key); a null key requires nothing, and a signature is then not checked.
   *
   * @throws IllegalArgumentException if {@code key} is not an Ed25519 public key
   */
  public static ImageStream open(InputStream in, PublicKey key) throws IOException, CkptFormatException {
    return new ImageStream(in, key);
  }

  /** The signature record, once {@link #next()} has returned null; null for an unsigned image. */
  public ImageSignature signature() {
    return signature;
  }

  /** Where the signature record starts, once {@link #next()} has returned null; -1 for an unsigned image. */
  public long signatureOffset() {
    return signatureOffset;
  }

  public ImageHeader header() {
    return header;
  }

  /**
   * The layout of every struct: from the image's schema, field and enum tables, or, once the
   * stream is {@link #trust checked against a trusted schema}, from that.
   */
  public ImageLayout layout() {
    return layout;
  }

  /**
   * Checks the image's header and tables against {@code schema} ({@link TrustedSchema#check}),
   * before any record is read, and from then on reads and checks records by the schema's layout,
   * its sections in the order of the image's subsystem table (the schema's subsystems). A
   * difference is reported once the stream is read to its end, as a framing fault found there
   * comes first.
   */
  public ImageStream trust(TrustedSchema schema) throws IOException, CkptFormatException {
    if (walk != null) {
      throw new IllegalStateException("trust a stream before reading its records");
    }
    afterFraming(() -> {
      schema.check(header, fields, fieldsAt, enums, enumsAt, subsystems, subsystemsAt);
      return null;
    });
    trusted = schema;
    layout = schema.layout();
    return this;
  }

  /** The schema the stream was checked against, or null while it is read by its own tables. */
  public TrustedSchema trusted() {
    return trusted;
  }

  /**
   * The next record, in a buffer of its own, once the whole-image check has found nothing wrong
   * with it; null at the trailer, once the trailer has been checked (record count, length,
   * CRC32C, nothing after it, the signature where a key is required) and the image's last
   * section is complete.
   */
  public RecordView next() throws IOException, CkptFormatException {
    if (walk == null) {
      // the image's own table, which trust() compared with the schema's: sections follow its order
      walk = new ImageChecker.Walk(layout, subsystems, trusted != null ? trusted.subsystems() : subsystems, null, false);
    }
    if (size >= 0) {
      return null;
    }
    RecordView v = pull(false);
    if (v.type() == ImageSignatureCodec.TYPE) {
      v = pull(false);  // not a record of the image's content; only the trailer can follow it
    }
    if (trailer != null) {
      walk.end(size);
      return null;
    }
    RecordView record = v;
    afterFraming(() -> {
      walk.accept(record);
      return null;
    });
    return v;
  }

  /** The trailer, once {@link #next()} has returned null. */
  public Trailer trailer() {
    return trailer;
  }

  /** A check of a step after the framing (docs/FORMAT.md, "A valid image", steps 4 to 6). */
  private interface LaterStep<T> {
    T run() throws CkptFormatException;
  }

  /**
   * Runs {@code step}; if it fails, reads the rest of the stream through the framing checks
   * first: their fault, if there is one, is the verdict, as in the mapped reader, else the step's.
   */
  private <T> T afterFraming(LaterStep<T> step) throws IOException, CkptFormatException {
    try {
      return step.run();
    } catch (CkptFormatException fault) {
      while (trailer == null) {
        pull(false);
      }
      throw fault;
    }
  }

  /**
   * The next record, through the framing checks of {@link ImageReader#verify}: its header and
   * length, the zero gap after it, a signature record's framing and its place (last before the
   * trailer). At the trailer, the trailer's own checks follow: its length, magic, nothing after
   * it, its count, length and CRC32C, then the signature where a key is required.
   *
   * @param first whether this is the image's first record, whose header is checked
   *     ({@link ImageReader#readHeader}) before its framing, as {@link ImageReader#open} checks it
   */
  private RecordView pull(boolean first) throws IOException, CkptFormatException {
    long at = position;
    buf = ByteBuffer.allocate(Wire.HEADER_SIZE);
    int got = fill(0, Wire.HEADER_SIZE);
    if (first && got < Wire.HEADER_SIZE) {
      ImageReader.readHeader(buf.slice(0, got));  // the mapped reader's words for so short an image
    }
    if (got < Wire.HEADER_SIZE) {
      throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE, got == 0
          ? "the image ends without a trailer (truncated?)"
          : "a record header needs " + Wire.HEADER_SIZE + " bytes, " + got + " left");
    }
    int type = LittleEndian.getInt(buf, 0);
    long len = Integer.toUnsignedLong(LittleEndian.getInt(buf, Wire.LENGTH_AT));
    long padded = Wire.align8(len);
    if (first) {
      // checked on the header's bytes, or on the whole image if it is shorter: what ImageReader.open
      // checks. A header shorter than HEADER_PEEK is refused here, so no byte of the next record is read.
      got = fill(got, (int) Math.min(Math.max(padded, HEADER_PEEK), LONGEST));
      header = ImageReader.readHeader(buf.slice(0, got));
    } else if (type == TrailerCodec.TYPE) {
      return trailer(at, len);
    }
    if (signatureOffset >= 0) {
      throw Signing.notLast(signatureOffset);
    }
    if (len < Wire.HEADER_SIZE) {
      throw new CkptFormatException(at + Wire.LENGTH_AT, type, "record length " + len + " is shorter than its header");
    }
    if (padded > LONGEST) {
      long left = got + skipToEnd();
      throw new CkptFormatException(at + Wire.LENGTH_AT, type, left < padded
          ? "record length " + len + " runs past the end of the image (" + left + " bytes left)"
          : "record length " + len + " is over the " + LONGEST + " bytes a record of a stream holds");
    }
    got = fill(got, (int) padded);
    if (got < padded) {
      throw new CkptFormatException(at + Wire.LENGTH_AT, type,
          "record length " + len + " runs past the end of the image (" + got + " bytes left)");
    }
    RecordView view = new RecordView(type, 0, (int) len, buf.slice(0, (int) padded).asReadOnlyBuffer(), at);
    try {
      Wire.checkZero(buf, (int) len, (int) (padded - len), type, "the gap after the record");
    } catch (CkptFormatException e) {
      throw view.shifted(e);
    }
    position += padded;
    records++;
    crc.update(buf.slice(0, (int) padded));
    if (type == ImageSignatureCodec.TYPE) {
      Signing.checkRecord(buf, 0, at, len);
      signatureOffset = at;
      signature = view.decode(ImageSignatureCodec.INSTANCE);
      if (verifier != null) {
        update(buf.slice(0, Signing.SIGNED_PART));
        try {
          Signing.checkSignature(buf, 0, at, key, verifier);
        } catch (CkptFormatException e) {
          signatureFailure = e;
        }
      }
    } else {
      update(buf.slice(0, (int) padded));
    }
    return view;
  }

  /** The trailer at {@code at}, whose header has been read, and the trailer's checks ({@link ImageReader#verify}). */
  private RecordView trailer(long at, long len) throws IOException, CkptFormatException {
    int crcBefore = (int) crc.getValue();
    // decoded on its bytes, or on all that is left of the image if that is less: as the mapped reader decodes it
    int got = fill(Wire.HEADER_SIZE, (int) Math.min(len, LONGEST));
    RecordView view = new RecordView(TrailerCodec.TYPE, 0, (int) len, buf.slice(0, got).asReadOnlyBuffer(), at);
    Trailer t = view.decode(TrailerCodec.INSTANCE);
    ImageReader.checkMagic(t, at);
    long end = Wire.align8(at + len);
    long after = at + len + skipToEnd();
    if (after != end) {
      throw new CkptFormatException(end, CkptFormatException.UNKNOWN_TYPE, (after - end) + " bytes follow the trailer");
    }
    ImageReader.checkTotals(t, at, records, crcBefore);
    if (key != null && signatureOffset < 0) {
      throw Signing.unsigned(at, key);
    }
    if (signatureFailure != null) {
      throw signatureFailure;
    }
    trailer = t;
    size = after;
    return view;
  }

  /** Reads the stream to its end; how many bytes it had left. */
  private long skipToEnd() throws IOException {
    byte[] scratch = new byte[8192];
    long n = 0;
    for (int got; (got = in.read(scratch)) >= 0; ) {
      n += got;
    }
    return n;
  }

  private void update(ByteBuffer bytes) {
    if (verifier != null) {
      try {
        verifier.update(bytes);
      } catch (SignatureException e) {
        throw new IllegalStateException(e);  // initialised for verification by Signing.verifier
      }
    }
  }

  /**
   * Reads bytes {@code from} to {@code to} of the current record into the buffer, growing it as
   * they arrive, until the stream ends; how far it got ({@code to}, or less at the stream's end).
   */
  private int fill(int from, int to) throws IOException {
    int n = from;
    buf.limit(buf.capacity()).position(n);
    while (n < to) {
      if (buf.capacity() == n) {
        ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(to, (long) n + Math.max(n, CHUNK)));
        bigger.put(buf.flip());
        buf = bigger;
      }
      int want = Math.min(to, buf.capacity()) - n;
      int got = in.read(buf.array(), n, want);
      if (got < 0) {
        break;
      }
      n += got;
      buf.position(n);
    }
    buf.limit(n);
    return n;
  }
}
