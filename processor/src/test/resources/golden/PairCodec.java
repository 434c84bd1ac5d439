package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Pair} as the record {@code struct ckpt_hdr_pair}, type {@code 0x0300}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class PairCodec implements RecordCodec<Pair> {
  /**
   * The record type id, {@code CKPT_HDR_PAIR} in C.
   */
  public static final int TYPE = 0x0300;

  /**
   * {@code sizeof(struct ckpt_hdr_pair)}: bytes of the fixed part, header included.
   */
  public static final int SIZE = 16;

  /**
   * The record's version: the highest {@code @Since} of its fields.
   */
  public static final int VERSION = 1;

  /**
   * {@code offsetof(struct ckpt_hdr_pair, a)}.
   */
  public static final int OFFSET_A = 8;

  /**
   * {@code offsetof(struct ckpt_hdr_pair, b)}.
   */
  public static final int OFFSET_B = 12;

  /**
   * The codec: {@code PairCodec.INSTANCE.encode(value, buf, at)}.
   */
  public static final PairCodec INSTANCE = new PairCodec();

  private PairCodec() {
  }

  @Override
  public int type() {
    return TYPE;
  }

  @Override
  public Class<Pair> recordClass() {
    return Pair.class;
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  @Override
  public void json(Pair value, StringBuilder out) {
    Json.unsigned(out, "{\"a\":", value.a(), 4);
    Json.bool(out, ",\"b\":", value.b());
    Json.raw(out, "}");
  }

  /**
   * The record length of {@code value}: always {@link #SIZE}.
   */
  @Override
  public int encodedLength(Pair value) {
    return SIZE;
  }

  /**
   * Writes {@code value} as one record at {@code buf[at]}, in little endian whatever the
   * buffer's order, and returns the record length. Allocates nothing. The next record
   * starts at the following multiple of 8; the gap is the caller's to zero.
   *
   * @throws IndexOutOfBoundsException if the record does not fit below the buffer's limit
   */
  @Override
  public int encode(Pair value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, len);
    Wire.writeHeader(buf, at, TYPE, len);
    LittleEndian.writeInt(buf, at + 8, value.a());
    buf.put(at + 12, (byte) (value.b() ? 1 : 0));
    Wire.writeZero(buf, at + 13, 3);
    return len;
  }

  /**
   * Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and
   * values. Bytes past what this version knows (from a newer writer) are ignored.
   *
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_hdr_pair};
   *     offsets count from the start of {@code buf}
   */
  @Override
  public Pair decode(ByteBuffer buf, int at) throws CkptFormatException {
    Wire.readHeader(buf, at, TYPE, SIZE, "ckpt_hdr_pair");
    int a = LittleEndian.getInt(buf, at + 8);
    boolean b = Wire.getBoolean(buf, at + 12, TYPE, "ckpt_hdr_pair.b");
    Wire.checkZero(buf, at + 13, 3, TYPE, "ckpt_hdr_pair.__pad1");
    try {
      return new Pair(a, b);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, TYPE, "Pair", rejected);
    }
  }
}
