package org.ckptgen.example.demo;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.ckptgen.image.RecordCodec;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The container's record codecs as one table, by class and by type id. Written by hand until
 * the generated dispatch of a later step provides it.
 */
final class ContainerCodecs {
  private ContainerCodecs() {}

  /** A codec and the record class it handles. */
  private record Entry<T extends Record>(Class<T> type, RecordCodec<T> codec, SchemaEntry schema) {}

  private static <T extends Record> Entry<T> entry(Class<T> type, int id, int size, int version, int flags,
      String cName, RecordCodec.Length<T> length, RecordCodec.Encoder<T> encoder, RecordCodec.Decoder<T> decoder) {
    return new Entry<>(type, RecordCodec.of(id, length, encoder, decoder), new SchemaEntry(id, size, version, flags, cName));
  }

  private static final int SHARED = SchemaEntry.SHARED;
  private static final int VARIABLE = SchemaEntry.VARIABLE;

  private static final List<Entry<?>> ALL = List.of(
      entry(Cred.class, CredCodec.TYPE, CredCodec.SIZE, CredCodec.VERSION, SHARED, "ckpt_hdr_cred",
          CredCodec::encodedLength, CredCodec::encode, CredCodec::decode),
      entry(GroupInfo.class, GroupInfoCodec.TYPE, GroupInfoCodec.SIZE, GroupInfoCodec.VERSION, SHARED | VARIABLE,
          "ckpt_hdr_groupinfo", GroupInfoCodec::encodedLength, GroupInfoCodec::encode, GroupInfoCodec::decode),
      entry(User.class, UserCodec.TYPE, UserCodec.SIZE, UserCodec.VERSION, SHARED, "ckpt_hdr_user_struct",
          UserCodec::encodedLength, UserCodec::encode, UserCodec::decode),
      entry(UserNs.class, UserNsCodec.TYPE, UserNsCodec.SIZE, UserNsCodec.VERSION, SHARED, "ckpt_hdr_user_ns",
          UserNsCodec::encodedLength, UserNsCodec::encode, UserNsCodec::decode),
      entry(LsmLabel.class, LsmLabelCodec.TYPE, LsmLabelCodec.SIZE, LsmLabelCodec.VERSION, SHARED | VARIABLE,
          "ckpt_hdr_lsm", LsmLabelCodec::encodedLength, LsmLabelCodec::encode, LsmLabelCodec::decode),
      entry(UtsNs.class, UtsNsCodec.TYPE, UtsNsCodec.SIZE, UtsNsCodec.VERSION, 0, "ckpt_hdr_utsns",
          UtsNsCodec::encodedLength, UtsNsCodec::encode, UtsNsCodec::decode),
      entry(Task.class, TaskCodec.TYPE, TaskCodec.SIZE, TaskCodec.VERSION, 0, "ckpt_hdr_task",
          TaskCodec::encodedLength, TaskCodec::encode, TaskCodec::decode),
      entry(TaskCreds.class, TaskCredsCodec.TYPE, TaskCredsCodec.SIZE, TaskCredsCodec.VERSION, 0,
          "ckpt_hdr_task_creds", TaskCredsCodec::encodedLength, TaskCredsCodec::encode, TaskCredsCodec::decode),
      entry(Rlimits.class, RlimitsCodec.TYPE, RlimitsCodec.SIZE, RlimitsCodec.VERSION, 0, "ckpt_hdr_rlimits",
          RlimitsCodec::encodedLength, RlimitsCodec::encode, RlimitsCodec::decode),
      entry(FileTable.class, FileTableCodec.TYPE, FileTableCodec.SIZE, FileTableCodec.VERSION, VARIABLE,
          "ckpt_hdr_file_table", FileTableCodec::encodedLength, FileTableCodec::encode, FileTableCodec::decode),
      entry(MemoryPage.class, MemoryPageCodec.TYPE, MemoryPageCodec.SIZE, MemoryPageCodec.VERSION, VARIABLE,
          "ckpt_hdr_memory_page", MemoryPageCodec::encodedLength, MemoryPageCodec::encode, MemoryPageCodec::decode));

  private static final Map<Class<?>, Entry<?>> BY_CLASS =
      ALL.stream().collect(Collectors.toMap(Entry::type, Function.identity()));
  private static final Map<Integer, Entry<?>> BY_TYPE =
      ALL.stream().collect(Collectors.toMap(e -> e.codec().type(), Function.identity()));

  /** The schema table of the container image. */
  static SchemaEntry[] schema() {
    return ALL.stream().map(Entry::schema).toArray(SchemaEntry[]::new);
  }

  /** The codec of {@code r}'s class, typed for {@code r}. */
  @SuppressWarnings("unchecked") // BY_CLASS maps each class to the codec of that very class
  static <T extends Record> RecordCodec<T> codecOf(T r) {
    Entry<?> e = BY_CLASS.get(r.getClass());
    if (e == null) {
      throw new IllegalArgumentException("not a record of the container image: " + r);
    }
    return (RecordCodec<T>) e.codec();
  }

  /** Decodes the record of type {@code type} at {@code buf[at]}. */
  static Record decode(int type, ByteBuffer buf, int at) throws CkptFormatException {
    Entry<?> e = BY_TYPE.get(type);
    if (e == null) {
      throw new CkptFormatException(at, type, "unknown record type");
    }
    return e.codec().decode(buf, at);
  }
}
