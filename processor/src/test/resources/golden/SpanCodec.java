package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Span} as {@code struct ckpt_span}, nested in records.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class SpanCodec {
  /**
   * {@code sizeof(struct ckpt_span)}: bytes of the fixed part.
   */
  public static final int SIZE = 16;

  /**
   * {@code offsetof(struct ckpt_span, start)}.
   */
  public static final int OFFSET_START = 0;

  /**
   * {@code offsetof(struct ckpt_span, pages)}.
   */
  public static final int OFFSET_PAGES = 8;

  private SpanCodec() {
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  public static void json(Span value, StringBuilder out) {
    Json.unsigned(out, "{\"start\":", value.start(), 8);
    Json.unsigned(out, ",\"pages\":", value.pages(), 2);
    Json.raw(out, "}");
  }

  /**
   * Writes the 16 bytes of {@code value} at {@code buf[at]}, in little endian. Allocates nothing.
   *
   * @throws IndexOutOfBoundsException if the struct does not fit below the buffer's limit
   */
  public static void encode(Span value, ByteBuffer buf, int at) {
    Wire.checkRoomToWrite(buf, at, SIZE);
    write(value, buf, at);
  }

  /**
   * {@link #encode} without its checks, for the codecs of the records it is nested in, which
   * have checked the whole record and its room first: nothing is checked twice.
   */
  public static void write(Span value, ByteBuffer buf, int at) {
    LittleEndian.writeLong(buf, at, value.start());
    LittleEndian.writeShort(buf, at + 8, value.pages());
    Wire.writeZero(buf, at + 10, 6);
  }

  /**
   * Reads the struct at {@code buf[at]}, checking its padding and values.
   *
   * @param recordType the type of the record it is nested in, for error reports
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_span}
   */
  public static Span decode(ByteBuffer buf, int at, int recordType) throws CkptFormatException {
    Wire.checkRoom(buf, at, SIZE, recordType, "ckpt_span");
    long start = LittleEndian.getLong(buf, at);
    short pages = LittleEndian.getShort(buf, at + 8);
    Wire.checkZero(buf, at + 10, 6, recordType, "ckpt_span.__pad1");
    try {
      return new Span(start, pages);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, recordType, "Span", rejected);
    }
  }
}
