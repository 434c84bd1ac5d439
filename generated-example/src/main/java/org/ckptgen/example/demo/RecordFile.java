package org.ckptgen.example.demo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.FileTableCodec;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.example.container.LsmLabel;
import org.ckptgen.example.container.LsmLabelCodec;
import org.ckptgen.example.container.MemoryPage;
import org.ckptgen.example.container.MemoryPageCodec;
import org.ckptgen.example.container.Rlimits;
import org.ckptgen.example.container.RlimitsCodec;
import org.ckptgen.example.container.Task;
import org.ckptgen.example.container.TaskCodec;
import org.ckptgen.example.container.TaskCreds;
import org.ckptgen.example.container.TaskCredsCodec;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserCodec;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.container.UserNsCodec;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.container.UtsNsCodec;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;
import org.ckptgen.runtime.Wire;

/**
 * A plain sequence of records, each at an 8-byte boundary, written and read with the generated
 * codecs. The image format (header, sections, trailer) and a generated dispatch replace this
 * hand-written one in a later step; the records themselves are the same bytes.
 */
public final class RecordFile {
  private RecordFile() {}

  public static ByteBuffer encode(List<Record> records) {
    int size = 0;
    for (Record r : records) {
      size = (int) Wire.align8(size + encodedLength(r));
    }
    ByteBuffer buf = ByteBuffer.allocate(size);
    int at = 0;
    for (Record r : records) {
      at = (int) Wire.align8(at + encode(r, buf, at));
    }
    return buf;
  }

  private static int encodedLength(Record r) {
    if (r instanceof Cred c) return CredCodec.encodedLength(c);
    if (r instanceof GroupInfo g) return GroupInfoCodec.encodedLength(g);
    if (r instanceof User u) return UserCodec.encodedLength(u);
    if (r instanceof UserNs n) return UserNsCodec.encodedLength(n);
    if (r instanceof LsmLabel l) return LsmLabelCodec.encodedLength(l);
    if (r instanceof UtsNs u) return UtsNsCodec.encodedLength(u);
    if (r instanceof Task t) return TaskCodec.encodedLength(t);
    if (r instanceof TaskCreds t) return TaskCredsCodec.encodedLength(t);
    if (r instanceof Rlimits l) return RlimitsCodec.encodedLength(l);
    if (r instanceof FileTable f) return FileTableCodec.encodedLength(f);
    if (r instanceof MemoryPage p) return MemoryPageCodec.encodedLength(p);
    throw new IllegalArgumentException("not a record of the container image: " + r);
  }

  private static int encode(Record r, ByteBuffer buf, int at) {
    if (r instanceof Cred c) return CredCodec.encode(c, buf, at);
    if (r instanceof GroupInfo g) return GroupInfoCodec.encode(g, buf, at);
    if (r instanceof User u) return UserCodec.encode(u, buf, at);
    if (r instanceof UserNs n) return UserNsCodec.encode(n, buf, at);
    if (r instanceof LsmLabel l) return LsmLabelCodec.encode(l, buf, at);
    if (r instanceof UtsNs u) return UtsNsCodec.encode(u, buf, at);
    if (r instanceof Task t) return TaskCodec.encode(t, buf, at);
    if (r instanceof TaskCreds t) return TaskCredsCodec.encode(t, buf, at);
    if (r instanceof Rlimits l) return RlimitsCodec.encode(l, buf, at);
    if (r instanceof FileTable f) return FileTableCodec.encode(f, buf, at);
    if (r instanceof MemoryPage p) return MemoryPageCodec.encode(p, buf, at);
    throw new IllegalArgumentException("not a record of the container image: " + r);
  }

  /** Reads every record of {@code buf}, from 0 to its limit. */
  public static List<Record> decode(ByteBuffer buf) throws CkptFormatException {
    List<Record> records = new ArrayList<>();
    int at = 0;
    while (at < buf.limit()) {
      if (buf.limit() - at < Wire.HEADER_SIZE) {
        throw new CkptFormatException(at, CkptFormatException.UNKNOWN_TYPE, "trailing bytes after the last record");
      }
      int type = LittleEndian.getInt(buf, at);
      records.add(decode(type, buf, at));
      at = (int) Wire.align8(at + (long) LittleEndian.getInt(buf, at + 4));
    }
    return records;
  }

  private static Record decode(int type, ByteBuffer buf, int at) throws CkptFormatException {
    switch (type) {
      case CredCodec.TYPE: return CredCodec.decode(buf, at);
      case GroupInfoCodec.TYPE: return GroupInfoCodec.decode(buf, at);
      case UserCodec.TYPE: return UserCodec.decode(buf, at);
      case UserNsCodec.TYPE: return UserNsCodec.decode(buf, at);
      case LsmLabelCodec.TYPE: return LsmLabelCodec.decode(buf, at);
      case UtsNsCodec.TYPE: return UtsNsCodec.decode(buf, at);
      case TaskCodec.TYPE: return TaskCodec.decode(buf, at);
      case TaskCredsCodec.TYPE: return TaskCredsCodec.decode(buf, at);
      case RlimitsCodec.TYPE: return RlimitsCodec.decode(buf, at);
      case FileTableCodec.TYPE: return FileTableCodec.decode(buf, at);
      case MemoryPageCodec.TYPE: return MemoryPageCodec.decode(buf, at);
      default: throw new CkptFormatException(at, type, "unknown record type");
    }
  }
}
