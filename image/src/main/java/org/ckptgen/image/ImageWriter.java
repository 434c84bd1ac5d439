package org.ckptgen.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.Wire;

/**
 * Writes one image as a stream of records: the header first, then whatever the caller writes,
 * each record at an 8-byte boundary with zero gap bytes, and the trailer (record count, length
 * and CRC32C of everything before it) at {@link #finish()}. Records go to the channel 64 KiB at a
 * time (one write per record made an image of many small records slow: ten thousand tasks took
 * thirty thousand system calls); a record larger than that gets a buffer of its own, and a large
 * {@code ByteBuffer} payload is sent as it is. Memory stays at the largest record that is not
 * such a payload.
 *
 * <p>A writer given a private key signs the image: every byte goes to an Ed25519ph signer as it
 * goes to the checksum, and {@link #finish()} writes an {@link ImageSignature} record before the
 * trailer ({@link Signing}).
 *
 * <p>Not thread-safe. The writer never closes the channel.
 */
public final class ImageWriter {
  private static final int BUFFER = 64 * 1024;
  /**
   * With less room than this left, the buffer is sent before the next record is encoded: a
   * record up to this size then always fits, and only a larger one can miss the room and be
   * encoded a second time (an exception is dear next to a small record).
   */
  private static final int ROOM = 4096;
  /**
   * Bytes sent as they are go out in chunks of this size, each through the checksum right after
   * its write: a chunk stays in the L2 cache between the two, where one checksum pass over a
   * payload of hundreds of MiB, then one write, read every byte from memory twice.
   */
  static final int CHUNK = 512 * 1024;

  private final WritableByteChannel out;
  private final CRC32C crc = new CRC32C();
  /**
   * Encoded records not yet sent. In the heap, not direct: the codecs write a heap buffer through
   * its array, up to 1.6 times as fast as through a direct buffer's view var handles, which outweighs
   * the channel's copy of each 64 KiB into its own direct buffer (benchmarks/README.md, "Codecs,
   * session 6").
   */
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
  /** How much of {@code pending} the checksum (and signer) have taken: they take it at {@link #flush}. */
  private int summed;
  private long length;
  private long records;
  private int nextObjref = 1;
  private boolean finished;
  /** The Ed25519ph signer that sees every byte, and the signer's key id; null for an unsigned image. */
  private final Signature signer;
  private final byte[] keyId;
  /** The record types of the header's schema table, sorted, and the image's name; null when copying. */
  private int[] schemaTypes;
  private String imageName;
  /**
   * The record type of the last shared object, which the schema table lists (or which needs no
   * listing): the next, often of the same type, is not searched for again. 0, no record type, at first.
   */
  private int listedType;

  /**
   * Starts an image on {@code out} with {@code header} and the field, enum and subsystem tables
   * of its schema (the generated {@code <Root>Schema.fields()}, {@code enums()} and
   * {@code subsystems()}).
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header, SchemaFields fields, SchemaEnums enums,
      SchemaSubsystems subsystems) throws IOException {
    this(out, header, fields, enums, subsystems, null);
  }

  /**
   * As {@link #ImageWriter(WritableByteChannel, ImageHeader, SchemaFields, SchemaEnums, SchemaSubsystems)},
   * signed with {@code signWith} (an Ed25519 private key) unless it is null.
   *
   * @throws IllegalArgumentException if {@code signWith} is not an Ed25519 private key
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header, SchemaFields fields, SchemaEnums enums,
      SchemaSubsystems subsystems, PrivateKey signWith) throws IOException {
    this(out, signWith, null);
    schemaTypes = java.util.Arrays.stream(header.schema()).mapToInt(SchemaEntry::type).sorted().toArray();
    imageName = header.imageName();
    write(ImageHeaderCodec.INSTANCE, header);
    write(SchemaFieldsCodec.INSTANCE, fields);
    write(SchemaEnumsCodec.INSTANCE, enums);
    write(SchemaSubsystemsCodec.INSTANCE, subsystems);
  }

  /**
   * Starts an image of a kind without subsystems (an empty subsystem table): an image that may
   * hold no sections, as tools and tests that only frame records write.
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header, SchemaFields fields, SchemaEnums enums)
      throws IOException {
    this(out, header, fields, enums, SchemaSubsystems.NONE);
  }

  /**
   * As {@link #ImageWriter(WritableByteChannel, ImageHeader, SchemaFields, SchemaEnums)}, signed
   * with {@code signWith} (an Ed25519 private key) unless it is null.
   *
   * @throws IllegalArgumentException if {@code signWith} is not an Ed25519 private key
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header, SchemaFields fields, SchemaEnums enums,
      PrivateKey signWith) throws IOException {
    this(out, header, fields, enums, SchemaSubsystems.NONE, signWith);
  }

  /**
   * Starts an image with an empty schema, for tools and tests that only frame records.
   *
   * @throws IllegalArgumentException if {@code header}'s schema table is not empty: its structs need their fields
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header) throws IOException {
    this(out, requireEmpty(header), new SchemaFields(new FieldEntry[0]), new SchemaEnums(new EnumValue[0]));
  }

  /** A writer that writes nothing yet: {@link Signing#sign} copies an image's records into it. */
  private ImageWriter(WritableByteChannel out, PrivateKey signWith, PublicKey publicKey) {
    this.out = out;
    if (signWith == null) {
      signer = null;
      keyId = null;
      return;
    }
    try {
      signer = Signing.signer(signWith);
      keyId = Signing.keyId(publicKey != null ? publicKey : Signing.publicKeyOf(signWith));
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    }
  }

  /** A writer that signs with {@code key} (whose public key is {@code pub}) and writes nothing yet. */
  static ImageWriter copying(WritableByteChannel out, PrivateKey key, PublicKey pub) {
    return new ImageWriter(out, key, pub);
  }

  private static ImageHeader requireEmpty(ImageHeader header) {
    if (header.schema().length != 0) {
      throw new IllegalArgumentException("a header with a schema table needs its field and enum tables");
    }
    return header;
  }

  /** Begins the section of {@code subsystem}. */
  public void beginSection(String subsystem) throws IOException {
    write(SectionCodec.INSTANCE, new Section(subsystem));
  }

  /**
   * Writes a shared object, preceded by its objref record, and returns its new id (1, 2, ...).
   * Later references carry only the id.
   *
   * @throws IllegalArgumentException if the object is a user record of a type the header's schema
   *     table does not list: every reader refuses a shared object of a type its schema does not
   *     know, so the image could never be read back (a plain record of such a type is skipped by
   *     its length, as one from a newer writer, and is written)
   */
  public <T> int writeObject(RecordCodec<T> codec, T value) throws IOException {
    int type = codec.type();
    if (type != listedType && schemaTypes != null && type >= org.ckptgen.annotations.CkptStruct.FIRST_USER_TYPE
        && java.util.Arrays.binarySearch(schemaTypes, type) < 0) {
      throw new IllegalArgumentException(String.format("a shared object of record type 0x%x, which image \"%s\" does not"
          + " hold (its schema table does not list it), so no reader would take the image; refer to the struct by"
          + " @ObjRef from a state record of the image, or list it in @CheckpointImage(structs = ...)", type, imageName));
    }
    listedType = type;
    int objref = nextObjref++;
    write(ObjectRefCodec.INSTANCE, new ObjectRef(type, objref));
    write(codec, value);
    return objref;
  }

  /**
   * Writes one record. A record ending with a {@code ByteBuffer} payload larger than the write
   * buffer is sent as its head, then the payload as it is, then the zero gap: the payload is
   * never copied, and memory stays at the buffer's size whatever the payload's.
   */
  public <T> void write(RecordCodec<T> codec, T value) throws IOException {
    if (finished) {
      throw new IllegalStateException("the image is finished");
    }
    ByteBuffer payload = codec.payload(value);
    if (payload != null && payload.remaining() > BUFFER) {
      writeGathered(codec, value, payload);
      return;
    }
    length += put(codec, value);
    records++;
  }

  private <T> void writeGathered(RecordCodec<T> codec, T value, ByteBuffer payload) throws IOException {
    int len = codec.encodedLength(value);
    int head = len - payload.remaining();
    if (head > pending.remaining()) {
      flush();
    }
    ByteBuffer to = head <= pending.remaining() ? pending : ByteBuffer.allocate(head);
    int at = to.position();
    codec.encodeHead(value, to, at);
    to.position(at + head);
    if (to != pending) {
      update(to.duplicate().flip());  // pending was flushed (and summed) above
      writeAll(to.flip());
    }
    send(payload, len);  // sums the head in pending as it flushes
  }

  /**
   * Sends {@code bytes} as they are, then the zero gap after a record of {@code len} bytes, and
   * counts the record: no copy, so memory stays at the write buffer whatever their size.
   */
  private void send(ByteBuffer bytes, int len) throws IOException {
    flush();
    ByteBuffer b = bytes.duplicate();
    while (b.hasRemaining()) {
      // checksummed right after it is written, while the write's copy has left the chunk in cache
      // (summing first measured slower in a probe, not beyond the noise in the benchmark:
      // benchmarks/README.md, "Payload, session 6")
      ByteBuffer chunk = b.slice(b.position(), Math.min(CHUNK, b.remaining()));
      b.position(b.position() + chunk.remaining());
      writeAll(chunk.duplicate());
      update(chunk);
    }
    int gap = (int) Wire.align8(len) - len;
    Wire.putZero(pending, 0, gap);
    pending.position(gap);  // summed with the records after it
    records++;
    length += len + gap;
  }

  /**
   * Writes one record as it is: {@code record}'s remaining bytes, a whole record whose header's
   * {@code len} is their count. The rewriter copies the records it leaves alone this way.
   */
  public void writeRaw(ByteBuffer record) throws IOException {
    if (finished) {
      throw new IllegalStateException("the image is finished");
    }
    int len = record.remaining();
    if (len < Wire.HEADER_SIZE || LittleEndian.getInt(record, record.position() + 4) != len) {
      throw new IllegalArgumentException("not one whole record: " + len + " bytes");
    }
    send(record, len);  // a record of a mapped image is never copied
  }

  /** The checksum, and the signer of a signed image, take {@code bytes}. */
  private void update(ByteBuffer bytes) {
    if (signer != null) {
      try {
        signer.update(bytes.duplicate());
      } catch (SignatureException e) {
        throw new IllegalStateException(e);  // the signer was initialised in the constructor
      }
    }
    crc.update(bytes);
  }

  /**
   * Writes the signature record of a signed image, then the trailer, and sends what is pending;
   * the image is complete once this returns.
   */
  public Trailer finish() throws IOException {
    if (finished) {
      throw new IllegalStateException("the image is finished");
    }
    sum();  // the checksum and the signer have taken every record before the signature and trailer
    if (signer != null) {
      // the signature covers the record's own fields before it: encode them, sign, then write it all
      ImageSignature unsigned = new ImageSignature(Signing.ED25519PH, 0, keyId, new byte[64]);
      ByteBuffer head = ByteBuffer.allocate(Signing.RECORD_SIZE);
      ImageSignatureCodec.INSTANCE.encode(unsigned, head, 0);
      byte[] signature;
      try {
        signer.update(head.array(), 0, Signing.SIGNED_PART);
        signature = signer.sign();
      } catch (SignatureException e) {
        throw new IllegalStateException("Ed25519ph signing failed", e);
      }
      length += putUnsigned(new ImageSignature(Signing.ED25519PH, 0, keyId, signature));
      records++;
    }
    Trailer trailer = new Trailer(Trailer.MAGIC, records, length, (int) crc.getValue());
    put(TrailerCodec.INSTANCE, trailer);
    flush();
    finished = true;
    return trailer;
  }

  /**
   * Encodes {@code value} after the pending records, padded with zeros to 8; a record larger than
   * the buffer is sent at once from a buffer of its own (and summed first). Returns the padded
   * length. The codec checks the value before it writes a byte.
   *
   * <p>The record is encoded straight into the buffer: {@code encode} checks every bound and then
   * the room it needs before it writes anything, so a record that does not fit leaves the buffer
   * as it was and is encoded again after a flush. Asking {@code encodedLength} first would check
   * every member twice; it is asked only of a record that did not fit, to know where it goes.
   */
  private <T> int put(RecordCodec<T> codec, T value) throws IOException {
    if (pending.capacity() - pending.position() < ROOM) {
      flush();
    }
    int at = pending.position();
    int len;
    try {
      len = codec.encode(value, pending, at);
    } catch (IndexOutOfBoundsException full) {
      // larger than the room left: its length (one more check of its members) says where it goes
      len = codec.encodedLength(value);
      flush();
      if (Wire.align8(len) > pending.capacity()) {
        return putAlone(codec, value, len);
      }
      at = 0;
      codec.encode(value, pending, at);
    }
    int padded = (int) Wire.align8(len);
    Wire.putZero(pending, at + len, padded - len);
    pending.position(at + padded);
    return padded;
  }

  /** A record of {@code len} bytes, larger than the write buffer, with the buffer empty: encoded into a buffer of its own and sent. */
  private <T> int putAlone(RecordCodec<T> codec, T value, int len) throws IOException {
    int padded = (int) Wire.align8(len);
    ByteBuffer to = ByteBuffer.allocate(padded);
    codec.encode(value, to, 0);
    Wire.putZero(to, len, padded - len);
    update(to.duplicate());
    writeAll(to);
    return padded;
  }

  /** {@link #put} of the signature record, which the signer must not see again. */
  private int putUnsigned(ImageSignature record) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(Signing.RECORD_SIZE);
    ImageSignatureCodec.INSTANCE.encode(record, bytes, 0);
    if (bytes.capacity() > pending.remaining()) {
      flush();
    }
    sum();  // what precedes it goes to the signer too; the record itself only to the checksum
    crc.update(bytes.duplicate());
    pending.put(bytes);
    summed = pending.position();
    return Signing.RECORD_SIZE;
  }

  /**
   * Sums the records encoded since the last sum ({@code pending[summed, position)}): the checksum
   * and the signer take the buffer in runs of records, not one call and one view per record.
   */
  private void sum() {
    int end = pending.position();
    if (end > summed) {
      update(pending.duplicate().limit(end).position(summed));
      summed = end;
    }
  }

  private void flush() throws IOException {
    sum();
    writeAll(pending.flip());
    pending.clear();
    summed = 0;
  }

  private void writeAll(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}
