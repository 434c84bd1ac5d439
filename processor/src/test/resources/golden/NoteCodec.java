package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.Utf8;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Note} as the record {@code struct ckpt_hdr_note}, type {@code 0x0303}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class NoteCodec implements RecordCodec<Note> {
  /**
   * The record type id, {@code CKPT_HDR_NOTE} in C.
   */
  public static final int TYPE = 0x0303;

  /**
   * {@code sizeof(struct ckpt_hdr_note)}: bytes of the fixed part, header included.
   */
  public static final int SIZE = 16;

  /**
   * The record's version: the highest {@code @Since} of its fields.
   */
  public static final int VERSION = 1;

  /**
   * {@code offsetof(struct ckpt_hdr_note, level)}.
   */
  public static final int OFFSET_LEVEL = 8;

  /**
   * {@code offsetof(struct ckpt_hdr_note, text_len)}.
   */
  public static final int OFFSET_TEXT_LEN = 12;

  /**
   * {@code offsetof(struct ckpt_hdr_note, text)}.
   */
  public static final int OFFSET_TEXT = 16;

  /**
   * The codec: {@code NoteCodec.INSTANCE.encode(value, buf, at)}.
   */
  public static final NoteCodec INSTANCE = new NoteCodec();

  private NoteCodec() {
  }

  @Override
  public int type() {
    return TYPE;
  }

  @Override
  public Class<Note> recordClass() {
    return Note.class;
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  @Override
  public void json(Note value, StringBuilder out) {
    Json.signed(out, "{\"level\":", value.level());
    Json.string(out, ",\"text\":", value.text());
    Json.raw(out, "}");
  }

  /**
   * The record length of {@code value}: header, fixed part and variable member.
   * Checks every bound first, so that {@link #encode} writes nothing for a bad value.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   */
  @Override
  public int encodedLength(Note value) {
    Wire.checkNotNull(value.text(), "Note.text");
    int textLen = Utf8.encodedLength(value.text(), "Note.text");
    Wire.checkVarCount(textLen, 200, "Note.text");
    return SIZE + textLen + 1;
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
  public int encode(Note value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, len);
    Wire.writeHeader(buf, at, TYPE, len);
    LittleEndian.writeShort(buf, at + 8, value.level());
    Wire.writeZero(buf, at + 10, 2);
    LittleEndian.writeInt(buf, at + 12, len - SIZE - 1);
    Utf8.encode(value.text(), buf, at + 16);
    buf.put(at + len - 1, (byte) 0);
    return len;
  }

  /**
   * Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and
   * values. Bytes past what this version knows (from a newer writer) are ignored.
   *
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_hdr_note};
   *     offsets count from the start of {@code buf}
   */
  @Override
  public Note decode(ByteBuffer buf, int at) throws CkptFormatException {
    int len = Wire.readHeader(buf, at, TYPE, SIZE, "ckpt_hdr_note");
    short level = LittleEndian.getShort(buf, at + 8);
    Wire.checkZero(buf, at + 10, 2, TYPE, "ckpt_hdr_note.__pad1");
    int textLen = Wire.readCount(buf, at + 12, 200, 1, 1, at + SIZE, at + len, TYPE, "ckpt_hdr_note.text_len");
    String text = Wire.getVarString(buf, at + 16, textLen, TYPE, "ckpt_hdr_note.text");
    try {
      return new Note(level, text);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, TYPE, "Note", rejected);
    }
  }
}
