package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Owner} as the record {@code struct ckpt_hdr_owner}, type {@code 0x0301}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class OwnerCodec implements RecordCodec<Owner> {
  /**
   * The record type id, {@code CKPT_HDR_OWNER} in C.
   */
  public static final int TYPE = 0x0301;

  /**
   * {@code sizeof(struct ckpt_hdr_owner)}: bytes of the fixed part, header included.
   */
  public static final int SIZE = 40;

  /**
   * The record's version: the highest {@code @Since} of its fields.
   */
  public static final int VERSION = 2;

  /**
   * Bytes of the record of version 1, the shortest a reader accepts.
   */
  public static final int MIN_SIZE = 32;

  /**
   * {@code offsetof(struct ckpt_hdr_owner, uid)}.
   */
  public static final int OFFSET_UID = 8;

  /**
   * {@code offsetof(struct ckpt_hdr_owner, gid)}.
   */
  public static final int OFFSET_GID = 12;

  /**
   * {@code offsetof(struct ckpt_hdr_owner, name)}.
   */
  public static final int OFFSET_NAME = 16;

  /**
   * {@code offsetof(struct ckpt_hdr_owner, umask)}.
   */
  public static final int OFFSET_UMASK = 32;

  /**
   * The codec: {@code OwnerCodec.INSTANCE.encode(value, buf, at)}.
   */
  public static final OwnerCodec INSTANCE = new OwnerCodec();

  private OwnerCodec() {
  }

  @Override
  public int type() {
    return TYPE;
  }

  @Override
  public Class<Owner> recordClass() {
    return Owner.class;
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  @Override
  public void json(Owner value, StringBuilder out) {
    Json.signed(out, "{\"uid\":", value.uid());
    Json.signed(out, ",\"gid\":", value.gid());
    Json.string(out, ",\"name\":", value.name());
    Json.unsigned(out, ",\"umask\":", value.umask(), 2);
    Json.raw(out, "}");
  }

  /**
   * The record length of {@code value}, always {@link #SIZE}.
   * Checks every bound first, so that {@link #encode} writes nothing for a bad value.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   */
  @Override
  public int encodedLength(Owner value) {
    Wire.checkFixedString(value.name(), 16, "Owner.name");
    return SIZE;
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
  public int encode(Owner value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, len);
    Wire.writeHeader(buf, at, TYPE, len);
    LittleEndian.writeInt(buf, at + 8, value.uid());
    LittleEndian.writeInt(buf, at + 12, value.gid());
    Wire.writeFixedString(value.name(), buf, at + 16, 16);
    LittleEndian.writeShort(buf, at + 32, value.umask());
    Wire.writeZero(buf, at + 34, 6);
    return len;
  }

  /**
   * Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and
   * values. Bytes past what this version knows (from a newer writer) are ignored.
   *
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_hdr_owner};
   *     offsets count from the start of {@code buf}
   */
  @Override
  public Owner decode(ByteBuffer buf, int at) throws CkptFormatException {
    int len = Wire.readHeader(buf, at, TYPE, MIN_SIZE, "ckpt_hdr_owner");
    int uid = LittleEndian.getInt(buf, at + 8);
    int gid = LittleEndian.getInt(buf, at + 12);
    String name = Wire.getFixedString(buf, at + 16, 16, TYPE, "ckpt_hdr_owner.name");
    short umask = 0;
    if (len >= 40) {
      umask = LittleEndian.getShort(buf, at + 32);
      Wire.checkZero(buf, at + 34, 6, TYPE, "ckpt_hdr_owner.__pad1");
    }
    try {
      return new Owner(uid, gid, name, umask);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, TYPE, "Owner", rejected);
    }
  }
}
