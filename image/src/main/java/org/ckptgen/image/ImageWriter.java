package org.ckptgen.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.zip.CRC32C;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Writes one image as a stream of records: the header first, then whatever the caller writes,
 * each record at an 8-byte boundary with zero gap bytes, and the trailer (record count, length
 * and CRC32C of everything before it) at {@link #finish()}. Memory stays at the largest record.
 *
 * <p>Not thread-safe. The writer never closes the channel.
 */
public final class ImageWriter {
  private static final int INITIAL_BUFFER = 64 * 1024;

  private final WritableByteChannel out;
  private final CRC32C crc = new CRC32C();
  private ByteBuffer buf = ByteBuffer.allocate(INITIAL_BUFFER);
  private long length;
  private long records;
  private int nextObjref = 1;
  private boolean finished;

  /**
   * Starts an image on {@code out} with {@code header} and the field and enum tables of its
   * schema (the generated {@code <Root>Schema.fields()} and {@code enums()}).
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header, SchemaFields fields, SchemaEnums enums)
      throws IOException {
    this.out = out;
    write(RecordCodec.IMAGE_HEADER, header);
    write(RecordCodec.FIELDS, fields);
    write(RecordCodec.ENUMS, enums);
  }

  /**
   * Starts an image with an empty schema, for tools and tests that only frame records.
   *
   * @throws IllegalArgumentException if {@code header}'s schema table is not empty: its structs need their fields
   */
  public ImageWriter(WritableByteChannel out, ImageHeader header) throws IOException {
    this(out, requireEmpty(header), new SchemaFields(new FieldEntry[0]), new SchemaEnums(new EnumValue[0]));
  }

  private static ImageHeader requireEmpty(ImageHeader header) {
    if (header.schema().length != 0) {
      throw new IllegalArgumentException("a header with a schema table needs its field and enum tables");
    }
    return header;
  }

  /** Begins the section of {@code subsystem}. */
  public void beginSection(String subsystem) throws IOException {
    write(RecordCodec.SECTION, new Section(subsystem));
  }

  /**
   * Writes a shared object, preceded by its objref record, and returns its new id (1, 2, ...).
   * Later references carry only the id.
   */
  public <T> int writeObject(RecordCodec<T> codec, T value) throws IOException {
    int objref = nextObjref++;
    write(RecordCodec.OBJECT_REF, new ObjectRef(codec.type(), objref));
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
    if (payload != null && payload.remaining() > INITIAL_BUFFER) {
      writeGathered(codec, value, payload);
      return;
    }
    put(codec, value);
    crc.update(buf.duplicate());
    records++;
    length += buf.remaining();
    drain();
  }

  private <T> void writeGathered(RecordCodec<T> codec, T value, ByteBuffer payload) throws IOException {
    buf.clear();
    int len = codec.encodeHead(value, buf, 0);
    int head = len - payload.remaining();
    buf.position(0).limit(head);
    crc.update(buf.duplicate());
    drain();
    send(payload, len);
  }

  /**
   * Sends {@code bytes} as they are, then the zero gap after a record of {@code len} bytes, and
   * counts the record: no copy, so memory stays at the write buffer whatever their size.
   */
  private void send(ByteBuffer bytes, int len) throws IOException {
    ByteBuffer b = bytes.duplicate();
    crc.update(b.duplicate());
    while (b.hasRemaining()) {
      out.write(b);
    }
    int gap = (int) Wire.align8(len) - len;
    buf.clear();
    Wire.putZero(buf, 0, gap);
    buf.position(0).limit(gap);
    crc.update(buf.duplicate());
    drain();
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

  /** Writes the trailer; the image is complete once this returns. */
  public Trailer finish() throws IOException {
    Trailer trailer = new Trailer(Trailer.MAGIC, records, length, (int) crc.getValue());
    put(RecordCodec.TRAILER, trailer);
    drain();
    finished = true;
    return trailer;
  }

  /** Encodes {@code value} at the start of the buffer, padded with zeros to 8; flips it for writing. */
  private <T> void put(RecordCodec<T> codec, T value) {
    int len = codec.encodedLength(value);
    int padded = (int) Wire.align8(len);
    if (buf.capacity() < padded) {
      buf = ByteBuffer.allocate(Math.max(padded, buf.capacity() * 2));
    }
    buf.clear();
    codec.encode(value, buf, 0);
    Wire.putZero(buf, len, padded - len);
    buf.position(0).limit(padded);
  }

  private void drain() throws IOException {
    while (buf.hasRemaining()) {
      out.write(buf);
    }
  }
}
