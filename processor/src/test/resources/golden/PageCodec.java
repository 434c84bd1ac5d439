package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Page} as the record {@code struct ckpt_hdr_page}, type {@code 0x0304}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class PageCodec implements RecordCodec<Page> {
  /**
   * The record type id, {@code CKPT_HDR_PAGE} in C.
   */
  public static final int TYPE = 0x0304;

  /**
   * {@code sizeof(struct ckpt_hdr_page)}: bytes of the fixed part, header included.
   */
  public static final int SIZE = 24;

  /**
   * The record's version: the highest {@code @Since} of its fields.
   */
  public static final int VERSION = 1;

  /**
   * {@code offsetof(struct ckpt_hdr_page, address)}.
   */
  public static final int OFFSET_ADDRESS = 8;

  /**
   * {@code offsetof(struct ckpt_hdr_page, data_len)}.
   */
  public static final int OFFSET_DATA_LEN = 16;

  /**
   * {@code offsetof(struct ckpt_hdr_page, data)}.
   */
  public static final int OFFSET_DATA = 24;

  /**
   * The codec: {@code PageCodec.INSTANCE.encode(value, buf, at)}.
   */
  public static final PageCodec INSTANCE = new PageCodec();

  private PageCodec() {
  }

  @Override
  public int type() {
    return TYPE;
  }

  @Override
  public Class<Page> recordClass() {
    return Page.class;
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  @Override
  public void json(Page value, StringBuilder out) {
    Json.unsigned(out, "{\"address\":", value.address(), 8);
    Json.hex(out, ",\"data\":", value.data());
    Json.raw(out, "}");
  }

  /**
   * The record length of {@code value}: header, fixed part and variable member.
   * Checks every bound first, so that {@link #encode} writes nothing for a bad value.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   */
  @Override
  public int encodedLength(Page value) {
    Wire.checkNotNull(value.data(), "Page.data");
    Wire.checkVarCount(value.data().remaining(), 4096, "Page.data");
    return SIZE + value.data().remaining() * 1;
  }

  /**
   * Writes {@code value} as one record at {@code buf[at]}, in little endian whatever the
   * buffer's order, and returns the record length. Allocates nothing. The next record
   * starts at the following multiple of 8; the gap is the caller's to zero.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   * @throws IndexOutOfBoundsException if the record does not fit below the buffer's limit
   */
  @Override
  public int encode(Page value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, len);
    Wire.writeHeader(buf, at, TYPE, len);
    LittleEndian.writeLong(buf, at + 8, value.address());
    LittleEndian.writeInt(buf, at + 16, value.data().remaining());
    Wire.writeZero(buf, at + 20, 4);
    buf.put(at + 24, value.data(), value.data().position(), value.data().remaining());
    return len;
  }

  /**
   * Writes the record as {@link #encode} does, but for the bytes of its payload, which follow the
   * {@link #SIZE} bytes written here: a writer sends {@link #payload} after them as it is, without
   * copying. Returns the whole record's length.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   * @throws IndexOutOfBoundsException if {@link #SIZE} bytes do not fit below the buffer's limit
   */
  @Override
  public int encodeHead(Page value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, SIZE);
    Wire.writeHeader(buf, at, TYPE, len);
    LittleEndian.writeLong(buf, at + 8, value.address());
    LittleEndian.writeInt(buf, at + 16, value.data().remaining());
    Wire.writeZero(buf, at + 20, 4);
    return len;
  }

  /**
   * The payload bytes that follow the head {@link #encodeHead} writes, in a buffer of their own.
   */
  @Override
  public ByteBuffer payload(Page value) {
    return value.data().duplicate();
  }

  /**
   * Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and
   * values. Bytes past what this version knows (from a newer writer) are ignored.
   *
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_hdr_page};
   *     offsets count from the start of {@code buf}
   */
  @Override
  public Page decode(ByteBuffer buf, int at) throws CkptFormatException {
    int len = Wire.readHeader(buf, at, TYPE, SIZE, "ckpt_hdr_page");
    long address = LittleEndian.getLong(buf, at + 8);
    int dataLen = Wire.readCount(buf, at + 16, 4096, 1, 0, at + SIZE, at + len, TYPE, "ckpt_hdr_page.data_len");
    Wire.checkZero(buf, at + 20, 4, TYPE, "ckpt_hdr_page.__pad1");
    ByteBuffer data = buf.slice(at + 24, dataLen).asReadOnlyBuffer();
    try {
      return new Page(address, data);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, TYPE, "Page", rejected);
    }
  }
}
