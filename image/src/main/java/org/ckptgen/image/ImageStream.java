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
 * Reads an image from a stream in one pass, one record at a time. Each record gets a buffer of
 * its own, which grows only as that record's bytes actually arrive, so a forged length cannot
 * make it allocate more than the stream holds; and what is decoded from a record keeps its
 * bytes after the next one is read (a {@code ByteBuffer} payload is a view of its record's
 * buffer, as it is a view of the mapped file in {@link ImageReader}).
 *
 * <p>A stream cannot be checked before it is read: each record's framing is checked as it
 * arrives, and the trailer's count, length and CRC32C when {@link #next()} reaches it. Code that
 * must not act on any record of a bad image (a restore) reads a file with {@link ImageReader},
 * which checks everything first.
 *
 * <p>Given a key ({@link #open(InputStream, PublicKey)}), the stream hashes every byte as it
 * arrives and checks the signature record against the key; its verdict, like the mapped reader's,
 * comes after the trailer's checks, when {@link #next()} reaches the trailer.
 */
public final class ImageStream {
  private static final int CHUNK = 1 << 20;

  private final InputStream in;
  private final CRC32C crc = new CRC32C();
  private final ImageHeader header;
  private final SchemaFields fields;
  private final SchemaEnums enums;
  private final long fieldsAt;
  private final long enumsAt;
  private ImageLayout layout;
  private TrustedSchema trusted;
  private boolean started;
  private final SchemaSubsystems subsystems;
  private final long subsystemsAt;
  private ByteBuffer buf;
  private long position;
  private long records;
  private Trailer trailer;
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
    RecordView h = read(true);
    if (h == null || h.type() != ImageHeaderCodec.TYPE) {
      throw new CkptFormatException(0, CkptFormatException.UNKNOWN_TYPE,
          "not a ckptgen image: it does not start with an image header and the magic " + ImageHeader.MAGIC);
    }
    header = ImageReader.readHeader(h.image().slice(0, h.length()));
    RecordView f = read(true);
    fields = f.decode(SchemaFieldsCodec.INSTANCE);
    fieldsAt = f.position();
    RecordView e = read(true);
    enums = e.decode(SchemaEnumsCodec.INSTANCE);
    enumsAt = e.position();
    layout = ImageLayout.of(header, fields, fieldsAt, enums, enumsAt);
    RecordView t = read(true);
    subsystemsAt = t.position();
    subsystems = t.decode(SchemaSubsystemsCodec.INSTANCE);
    ImageReader.checkSubsystems(subsystems, t.position(), layout);
  }

  /** The image's subsystem table. */
  public SchemaSubsystems subsystems() {
    return subsystems;
  }

  /** Reads the header and schema tables of the image on {@code in}; the caller closes {@code in}. */
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
   * before any record is read, and from then on reads records by the schema's layout.
   */
  public ImageStream trust(TrustedSchema schema) throws CkptFormatException {
    if (started) {
      throw new IllegalStateException("trust a stream before reading its records");
    }
    schema.check(header, fields, fieldsAt, enums, enumsAt, subsystems, subsystemsAt);
    trusted = schema;
    layout = schema.layout();
    return this;
  }

  /** The schema the stream was checked against, or null while it is read by its own tables. */
  public TrustedSchema trusted() {
    return trusted;
  }

  /**
   * The next record, in a buffer of its own; null at the trailer, once the trailer has been
   * checked: record count, length, CRC32C, and nothing after it.
   */
  public RecordView next() throws IOException, CkptFormatException {
    if (trailer != null) {
      return null;
    }
    started = true;
    return read(false);
  }

  /** The trailer, once {@link #next()} has returned null. */
  public Trailer trailer() {
    return trailer;
  }

  private RecordView read(boolean framing) throws IOException, CkptFormatException {
    long at = position;
    buf = ByteBuffer.allocate(Wire.HEADER_SIZE);
    fill(0, Wire.HEADER_SIZE, at, CkptFormatException.UNKNOWN_TYPE, "a record header");
    int type = LittleEndian.getInt(buf, 0);
    long len = Integer.toUnsignedLong(LittleEndian.getInt(buf, 4));
    if (signatureOffset >= 0 && type != TrailerCodec.TYPE) {
      throw Signing.notLast(signatureOffset);
    }
    if (len < Wire.HEADER_SIZE) {
      throw new CkptFormatException(at + 4, type, "record length " + len + " is shorter than its header");
    }
    if (len > Integer.MAX_VALUE - 8) {
      throw new CkptFormatException(at + 4, type, "record length " + len + " is over the most a record holds");
    }
    int padded = (int) Wire.align8(len);
    boolean isTrailer = type == TrailerCodec.TYPE && !framing;
    int crcBefore = (int) crc.getValue();
    // the record's own buffer, at most a chunk until more bytes arrive
    ByteBuffer own = ByteBuffer.allocate(Math.min(padded, CHUNK));
    own.put(0, buf, 0, Wire.HEADER_SIZE);
    buf = own;
    fill(Wire.HEADER_SIZE, padded, at, type, "the record");
    Wire.checkZero(buf, (int) len, padded - (int) len, type, "the gap after the record");
    position += padded;
    ByteBuffer record = buf.slice(0, padded).asReadOnlyBuffer();
    RecordView view = new RecordView(type, 0, (int) len, record, at);
    if (type == ImageSignatureCodec.TYPE && !framing) {
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
      crc.update(buf.slice(0, padded));
      records++;
      // not a record of the image's content: the caller gets the trailer's verdict next
      return read(false);
    }
    if (!isTrailer) {
      crc.update(buf.slice(0, padded));
      update(buf.slice(0, padded));
      records++;
      return view;
    }
    Trailer t = view.decode(TrailerCodec.INSTANCE);
    check(t, at, crcBefore);
    if (key != null && signatureOffset < 0) {
      throw Signing.unsigned(at, key);
    }
    if (signatureFailure != null) {
      throw signatureFailure;
    }
    trailer = t;
    return null;
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

  private void check(Trailer t, long at, int crcBefore) throws IOException, CkptFormatException {
    ImageReader.checkMagic(t, at);
    if (in.read() != -1) {
      throw new CkptFormatException(position, CkptFormatException.UNKNOWN_TYPE, "bytes follow the trailer");
    }
    ImageReader.checkTotals(t, at, records, crcBefore);
  }

  /** Reads bytes {@code from} to {@code to} of the current record into the buffer, growing it as they arrive. */
  private void fill(int from, int to, long at, int type, String what) throws IOException, CkptFormatException {
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
        throw new CkptFormatException(at + n, type, n == 0 && from == 0 && records > 0
            ? "the image ends without a trailer (truncated?)"
            : "the image ends inside " + what + " (" + n + " of " + to + " bytes)");
      }
      n += got;
      buf.position(n);
    }
    buf.limit(to);
  }
}
