package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.Json;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.runtime.RefVisitor;
import org.ckptgen.runtime.Wire;

/**
 * Encodes and decodes {@link Task} as the record {@code struct ckpt_hdr_task}, type {@code 0x0302}.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class TaskCodec implements RecordCodec<Task> {
  /**
   * The record type id, {@code CKPT_HDR_TASK} in C.
   */
  public static final int TYPE = 0x0302;

  /**
   * {@code sizeof(struct ckpt_hdr_task)}: bytes of the fixed part, header included.
   */
  public static final int SIZE = 104;

  /**
   * The record's version: the highest {@code @Since} of its fields.
   */
  public static final int VERSION = 1;

  /**
   * {@code offsetof(struct ckpt_hdr_task, flags)}.
   */
  public static final int OFFSET_FLAGS = 8;

  /**
   * {@code offsetof(struct ckpt_hdr_task, id)}.
   */
  public static final int OFFSET_ID = 16;

  /**
   * {@code offsetof(struct ckpt_hdr_task, mode)}.
   */
  public static final int OFFSET_MODE = 24;

  /**
   * {@code offsetof(struct ckpt_hdr_task, nice)}.
   */
  public static final int OFFSET_NICE = 26;

  /**
   * {@code offsetof(struct ckpt_hdr_task, stack)}.
   */
  public static final int OFFSET_STACK = 32;

  /**
   * {@code offsetof(struct ckpt_hdr_task, maps)}.
   */
  public static final int OFFSET_MAPS = 48;

  /**
   * {@code offsetof(struct ckpt_hdr_task, owner)}.
   */
  public static final int OFFSET_OWNER = 80;

  /**
   * {@code offsetof(struct ckpt_hdr_task, watchers)}.
   */
  public static final int OFFSET_WATCHERS = 84;

  /**
   * {@code offsetof(struct ckpt_hdr_task, frozen)}.
   */
  public static final int OFFSET_FROZEN = 92;

  /**
   * {@code offsetof(struct ckpt_hdr_task, nfds)}.
   */
  public static final int OFFSET_NFDS = 96;

  /**
   * {@code offsetof(struct ckpt_hdr_task, fds)}.
   */
  public static final int OFFSET_FDS = 104;

  /**
   * The codec: {@code TaskCodec.INSTANCE.encode(value, buf, at)}.
   */
  public static final TaskCodec INSTANCE = new TaskCodec();

  private TaskCodec() {
  }

  @Override
  public int type() {
    return TYPE;
  }

  @Override
  public Class<Task> recordClass() {
    return Task.class;
  }

  /**
   * Visits every objref of {@code value} with the record type it must point to and whether it
   * may be 0 (none).
   */
  @Override
  public void refs(Task value, RefVisitor visitor) throws CkptFormatException {
    visitor.ref(value.owner(), 0x0301, "ckpt_hdr_task.owner", false);
    for (int objref : value.watchers()) {
      visitor.ref(objref, 0x0301, "ckpt_hdr_task.watchers", false);
    }
  }

  /**
   * Appends {@code value} as a JSON object keyed by C member names: unsigned values in unsigned
   * decimal, enums by constant name, strings escaped, byte payloads in hex.
   */
  @Override
  public void json(Task value, StringBuilder out) {
    Json.unsigned(out, "{\"flags\":", value.flags(), 1);
    Json.signed(out, ",\"id\":", value.id());
    Json.name(out, ",\"mode\":", value.mode());
    Json.unsigned(out, ",\"nice\":", value.nice(), 2);
    Json.raw(out, ",\"stack\":");
    SpanCodec.json(value.stack(), out);
    Json.raw(out, ",\"maps\":[");
    for (int i = 0; i < value.maps().length; i++) {
      if (i > 0) {
        Json.raw(out, ",");
      }
      SpanCodec.json(value.maps()[i], out);
    }
    Json.raw(out, "]");
    Json.signed(out, ",\"owner\":", value.owner());
    Json.signedInts(out, ",\"watchers\":", value.watchers());
    Json.bool(out, ",\"frozen\":", value.frozen());
    Json.unsignedInts(out, ",\"fds\":", value.fds());
    Json.raw(out, "}");
  }

  /**
   * The record length of {@code value}: header, fixed part and variable member.
   * Checks every bound first, so that {@link #encode} writes nothing for a bad value.
   *
   * @throws IllegalArgumentException if a value breaks a bound of the struct
   */
  @Override
  public int encodedLength(Task value) {
    Wire.checkNotNull(value.mode(), "Task.mode");
    Wire.checkNotNull(value.stack(), "Task.stack");
    Wire.checkLength(value.maps(), 2, 2, "Task.maps");
    Wire.checkLength(value.watchers(), 2, 2, "Task.watchers");
    int nfds = Wire.checkLength(value.fds(), 0, 64, "Task.fds");
    Wire.checkSorted(value.fds(), true, "Task.fds");
    return SIZE + nfds * 4;
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
  public int encode(Task value, ByteBuffer buf, int at) {
    int len = encodedLength(value);
    Wire.checkRoomToWrite(buf, at, len);
    Wire.writeHeader(buf, at, TYPE, len);
    buf.put(at + 8, value.flags());
    Wire.writeZero(buf, at + 9, 7);
    LittleEndian.writeLong(buf, at + 16, value.id());
    buf.put(at + 24, (byte) ModeCodes.code(value.mode()));
    Wire.writeZero(buf, at + 25, 1);
    LittleEndian.writeShort(buf, at + 26, value.nice());
    Wire.writeZero(buf, at + 28, 4);
    SpanCodec.write(value.stack(), buf, at + 32);
    for (int i = 0; i < 2; i++) {
      SpanCodec.write(value.maps()[i], buf, at + 48 + 16 * i);
    }
    LittleEndian.writeInt(buf, at + 80, value.owner());
    for (int i = 0; i < 2; i++) {
      LittleEndian.writeInt(buf, at + 84 + 4 * i, value.watchers()[i]);
    }
    buf.put(at + 92, (byte) (value.frozen() ? 1 : 0));
    Wire.writeZero(buf, at + 93, 3);
    LittleEndian.writeInt(buf, at + 96, value.fds().length);
    Wire.writeZero(buf, at + 100, 4);
    Wire.writeInts(buf, at + 104, value.fds());
    return len;
  }

  /**
   * Reads the record at {@code buf[at]}, checking its header, length, padding, bounds and
   * values. Bytes past what this version knows (from a newer writer) are ignored.
   *
   * @throws CkptFormatException if the bytes are not a valid {@code struct ckpt_hdr_task};
   *     offsets count from the start of {@code buf}
   */
  @Override
  public Task decode(ByteBuffer buf, int at) throws CkptFormatException {
    int len = Wire.readHeader(buf, at, TYPE, SIZE, "ckpt_hdr_task");
    byte flags = buf.get(at + 8);
    Wire.checkZero(buf, at + 9, 7, TYPE, "ckpt_hdr_task.__pad1");
    long id = LittleEndian.getLong(buf, at + 16);
    Mode mode = ModeCodes.of(Byte.toUnsignedInt(buf.get(at + 24)), at + 24, TYPE, "ckpt_hdr_task.mode");
    Wire.checkZero(buf, at + 25, 1, TYPE, "ckpt_hdr_task.__pad2");
    short nice = LittleEndian.getShort(buf, at + 26);
    Wire.checkZero(buf, at + 28, 4, TYPE, "ckpt_hdr_task.__pad3");
    Span stack = SpanCodec.decode(buf, at + 32, TYPE);
    Span[] maps = new Span[2];
    for (int i = 0; i < 2; i++) {
      maps[i] = SpanCodec.decode(buf, at + 48 + 16 * i, TYPE);
    }
    int owner = Wire.getObjRef(buf, at + 80, TYPE, "ckpt_hdr_task.owner");
    int[] watchers = new int[2];
    for (int i = 0; i < 2; i++) {
      watchers[i] = Wire.getObjRef(buf, at + 84 + 4 * i, TYPE, "ckpt_hdr_task.watchers");
    }
    boolean frozen = Wire.getBoolean(buf, at + 92, TYPE, "ckpt_hdr_task.frozen");
    Wire.checkZero(buf, at + 93, 3, TYPE, "ckpt_hdr_task.__pad4");
    int nfds = Wire.readCount(buf, at + 96, 64, 4, 0, at + SIZE, at + len, TYPE, "ckpt_hdr_task.nfds");
    Wire.checkZero(buf, at + 100, 4, TYPE, "ckpt_hdr_task.__pad5");
    int[] fds = new int[nfds];
    for (int i = 0; i < nfds; i++) {
      fds[i] = LittleEndian.getInt(buf, at + 104 + 4 * i);
      if (i > 0 && Integer.compareUnsigned(fds[i - 1], fds[i]) > 0) {
        throw Wire.unsortedElement(at + 104 + 4 * i, TYPE, "ckpt_hdr_task.fds", i);
      }
    }
    try {
      return new Task(flags, id, mode, nice, stack, maps, owner, watchers, frozen, fds);
    } catch (RuntimeException rejected) {
      // the record's constructor may check its values; what it rejects is a bad image
      throw Wire.rejected(at, TYPE, "Task", rejected);
    }
  }
}
