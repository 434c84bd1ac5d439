package org.ckptgen.example.demo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * A plain sequence of records, each at an 8-byte boundary, with no image framing: what the
 * codec tests write and damage.
 */
public final class RecordFile {
  private RecordFile() {}

  public static ByteBuffer encode(List<Record> records) {
    int size = 0;
    for (Record r : records) {
      size = (int) Wire.align8(size + ContainerImageSchema.codecOf(r).encodedLength(r));
    }
    ByteBuffer buf = ByteBuffer.allocate(size);
    int at = 0;
    for (Record r : records) {
      at = (int) Wire.align8(at + ContainerImageSchema.codecOf(r).encode(r, buf, at));
    }
    return buf;
  }

  /** Reads every record of {@code buf}, from 0 to its limit. */
  public static List<Record> decode(ByteBuffer buf) throws CkptFormatException {
    List<Record> records = new ArrayList<>();
    int at = 0;
    while (at < buf.limit()) {
      if (buf.limit() - at < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE, "trailing bytes after the last record");
      }
      records.add(decode(LittleEndian.getInt(buf, at), buf, at));
      at = (int) Wire.align8(at + (long) LittleEndian.getInt(buf, at + 4));
    }
    return records;
  }

  /** The record of type {@code type} at {@code buf[at]}, by the generated schema's codec table. */
  static Record decode(int type, ByteBuffer buf, int at) throws CkptFormatException {
    return (Record) codec(type, at).decode(buf, at);
  }

  /** A record of an image, as above; offsets in errors count from the start of the image. */
  static Record decode(RecordView v) throws CkptFormatException {
    return (Record) v.decode(codec(v.type(), v.position()));
  }

  private static RecordCodec<?> codec(int type, long at) throws CkptFormatException {
    RecordCodec<?> codec = ContainerImageSchema.codec(type);
    if (codec == null) {
      throw new CkptFormatException(at, type, "not a record type of the container image");
    }
    return codec;
  }
}
