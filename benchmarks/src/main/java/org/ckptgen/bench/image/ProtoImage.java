package org.ckptgen.bench.image;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ckptgen.bench.proto.CapabilitiesProto;
import org.ckptgen.bench.proto.CredProto;
import org.ckptgen.bench.proto.FileTableProto;
import org.ckptgen.bench.proto.GroupInfoProto;
import org.ckptgen.bench.proto.ImageHeaderProto;
import org.ckptgen.bench.proto.LsmLabelProto;
import org.ckptgen.bench.proto.OpenFileProto;
import org.ckptgen.bench.proto.RecordProto;
import org.ckptgen.bench.proto.RefsProto;
import org.ckptgen.bench.proto.SecTypeProto;
import org.ckptgen.bench.proto.TaskEntryProto;
import org.ckptgen.bench.proto.TaskSectionProto;
import org.ckptgen.bench.proto.UserNsProto;
import org.ckptgen.bench.proto.UserProto;
import org.ckptgen.bench.proto.UtsNsProto;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.model.Model;

/**
 * The protobuf peer of the whole-image benchmark: the container written as the example's
 * subsystems write it, as length-delimited {@code RecordProto} messages (container.proto), and
 * read back as the example's restore hooks rebuild it.
 *
 * <p>Checkpoint walks the subsystems in ckptgen's order (cred, groupinfo, lsm, task, user, uts):
 * a section record, then each shared object at its first reference, objects it refers to first
 * (a user after its namespace, a namespace after its creator), with an id; then the subsystem's
 * state, which refers to objects by id. Restore reads every record into maps by id and by
 * section, as ckptgen's checker does, then runs the hooks' walk: each id becomes one live object,
 * the first time anything asks for it, so what was shared is shared again. Labels are kept, as
 * ckptgen's restore with KEEP_LSM. What it checks is protobuf's wire format, record kinds and ids
 * (an unknown id or one of the wrong kind is an error); the privilege rules of the example's
 * subsystems are left out (a privileged caller passes them, once per shared object).
 */
final class ProtoImage {
  private ProtoImage() {}

  /** The write buffer, as ckptgen's image writer's. */
  private static final int BUFFER = 64 * 1024;

  /** Writes {@code c} to {@code out}; returns the bytes written. */
  static long checkpoint(Model.Container c, WritableByteChannel out) throws IOException {
    Writer w = new Writer(CodedOutputStream.newInstance(Channels.newOutputStream(out), BUFFER));
    Instant now = Instant.now();
    w.write(RecordProto.newBuilder().setHeader(ImageHeaderProto.newBuilder().setImage("container").setVersion(1)
        .setTimeNs(now.getEpochSecond() * 1_000_000_000L + now.getNano())));

    w.section("cred");
    RefsProto.Builder creds = RefsProto.newBuilder();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    for (Model.Task t : c.tasks) {
      for (Model.Credential cred : List.of(t.cred, t.ecred)) {
        if (seen.put(cred, Boolean.TRUE) == null) {
          creds.addRefs(w.cred(cred));
        }
      }
    }
    w.write(RecordProto.newBuilder().setRefs(creds));

    w.section("groupinfo");
    RefsProto.Builder groups = RefsProto.newBuilder();
    seen.clear();
    for (Model.Task t : c.tasks) {
      for (Model.Groups g : List.of(t.cred.groups, t.ecred.groups)) {
        if (seen.put(g, Boolean.TRUE) == null) {
          groups.addRefs(w.groups(g));
        }
      }
    }
    w.write(RecordProto.newBuilder().setRefs(groups));

    w.section("lsm");
    RefsProto.Builder labels = RefsProto.newBuilder();
    seen.clear();
    for (Model.Task t : c.tasks) {
      List<Model.Label> of = new ArrayList<>();
      of.add(t.label);
      t.files.open.forEach(f -> of.add(f.label));
      for (Model.Label l : of) {
        if (l != null && seen.put(l, Boolean.TRUE) == null) {
          labels.addRefs(w.label(l));
        }
      }
    }
    w.write(RecordProto.newBuilder().setRefs(labels));

    w.section("task");
    TaskSectionProto.Builder tasks = TaskSectionProto.newBuilder();
    for (Model.Task t : c.tasks) {
      tasks.addTasks(TaskEntryProto.newBuilder().setPid(t.pid).setComm(t.comm).setCredRef(w.cred(t.cred))
          .setEcredRef(w.cred(t.ecred)).setLabelRef(w.label(t.label)).setFilesRef(w.files(t.files)));
    }
    w.write(RecordProto.newBuilder().setTasks(tasks));

    w.section("user");
    RefsProto.Builder users = RefsProto.newBuilder();
    seen.clear();
    for (Model.Task t : c.tasks) {
      for (Model.User u : List.of(t.cred.user, t.ecred.user)) {
        if (seen.put(u, Boolean.TRUE) == null) {
          users.addRefs(w.user(u));
        }
      }
    }
    w.write(RecordProto.newBuilder().setRefs(users));

    w.section("uts");
    UtsNs u = c.uts;
    w.write(RecordProto.newBuilder().setUts(UtsNsProto.newBuilder().setSysname(u.sysname()).setNodename(u.nodename())
        .setRelease(u.release()).setVersion(u.version()).setMachine(u.machine()).setDomainname(u.domainname())));
    w.out.flush();
    return w.out.getTotalBytesWritten();
  }

  /** Writes records and shares objects: each live object is written once and gets an id. */
  private static final class Writer {
    final CodedOutputStream out;
    final Map<Object, Integer> ids = new IdentityHashMap<>();
    int nextId = 1;

    Writer(CodedOutputStream out) {
      this.out = out;
    }

    void write(RecordProto.Builder record) throws IOException {
      RecordProto r = record.build();
      out.writeUInt32NoTag(r.getSerializedSize());
      r.writeTo(out);
    }

    void section(String name) throws IOException {
      write(RecordProto.newBuilder().setSection(name));
    }

    /** Writes {@code record} as the shared object {@code live}; returns its new id. */
    int shared(Object live, RecordProto.Builder record) throws IOException {
      int id = nextId++;
      ids.put(live, id);
      write(record.setId(id));
      return id;
    }

    int cred(Model.Credential c) throws IOException {
      Integer known = ids.get(c);
      if (known != null) {
        return known;
      }
      Capabilities k = c.caps;
      CredProto p = CredProto.newBuilder().setUid(c.uid).setSuid(c.suid).setEuid(c.euid).setFsuid(c.fsuid)
          .setGid(c.gid).setSgid(c.sgid).setEgid(c.egid).setFsgid(c.fsgid)
          .setUserRef(user(c.user)).setGroupinfoRef(groups(c.groups))
          .setCapS(CapabilitiesProto.newBuilder().setCapIMask(k.capIMask()).setCapPMask(k.capPMask())
              .setCapEMask(k.capEMask()).setCapBsetMask(k.capBsetMask()).setSecurebits(k.securebits()))
          .build();
      return shared(c, RecordProto.newBuilder().setCred(p));
    }

    int user(Model.User u) throws IOException {
      if (u == null) {
        return 0;
      }
      Integer known = ids.get(u);
      if (known != null) {
        return known;
      }
      int ns = namespace(u.ns);
      return shared(u, RecordProto.newBuilder().setUser(UserProto.newBuilder().setUid(u.uid).setUsernsRef(ns)));
    }

    int namespace(Model.UserNamespace ns) throws IOException {
      Integer known = ids.get(ns);
      if (known != null) {
        return known;
      }
      int creator = user(ns.creator);
      return shared(ns, RecordProto.newBuilder().setUserNs(UserNsProto.newBuilder().setCreatorRef(creator)));
    }

    int groups(Model.Groups g) throws IOException {
      Integer known = ids.get(g);
      if (known != null) {
        return known;
      }
      GroupInfoProto.Builder p = GroupInfoProto.newBuilder();
      for (int id : g.ids) {
        p.addGroups(id);
      }
      return shared(g, RecordProto.newBuilder().setGroupinfo(p));
    }

    int label(Model.Label l) throws IOException {
      if (l == null) {
        return 0;
      }
      Integer known = ids.get(l);
      if (known != null) {
        return known;
      }
      return shared(l, RecordProto.newBuilder().setLabel(LsmLabelProto.newBuilder()
          .setSectypeValue(secType(l.kind)).setLabel(l.text)));
    }

    int files(Model.Files f) throws IOException {
      Integer known = ids.get(f);
      if (known != null) {
        return known;
      }
      FileTableProto.Builder p = FileTableProto.newBuilder();
      for (Model.OpenFile o : f.open) {
        p.addFiles(OpenFileProto.newBuilder().setFd(o.fd).setFlags(o.flags).setPos(o.pos).setLabelRef(label(o.label)));
      }
      return shared(f, RecordProto.newBuilder().setFiles(p));
    }
  }

  private static int secType(SecType t) {
    return switch (t) {
      case MSG_MSG -> SecTypeProto.MSG_MSG_VALUE;
      case IPC -> SecTypeProto.IPC_VALUE;
      case FILE -> SecTypeProto.FILE_VALUE;
      case CRED -> SecTypeProto.CRED_VALUE;
    };
  }

  private static SecType secType(SecTypeProto t) throws IOException {
    return switch (t) {
      case MSG_MSG -> SecType.MSG_MSG;
      case IPC -> SecType.IPC;
      case FILE -> SecType.FILE;
      case CRED -> SecType.CRED;
      default -> throw new IOException("a label of unknown kind " + t);
    };
  }

  /** Reads the container that {@link #checkpoint} wrote to {@code file}, sharing and all. */
  static Model.Container restore(Path file) throws IOException {
    // the whole file in the heap, as ckptgen's reader takes an image of under 32 MiB
    CodedInputStream in = CodedInputStream.newInstance(Files.readAllBytes(file));
    Map<Integer, RecordProto> objects = new HashMap<>();
    Map<String, RecordProto> states = new HashMap<>();
    String section = null;
    boolean header = false;
    while (!in.isAtEnd()) {
      int limit = in.pushLimit(in.readRawVarint32());
      RecordProto r = RecordProto.parseFrom(in);
      in.popLimit(limit);
      switch (r.getRecordCase()) {
        case HEADER -> {
          if (header || !r.getHeader().getImage().equals("container") || r.getHeader().getVersion() != 1) {
            throw new IOException("not a container image of version 1");
          }
          header = true;
        }
        case SECTION -> section = r.getSection();
        case CRED, GROUPINFO, USER, USER_NS, LABEL, FILES -> {
          if (r.getId() == 0 || objects.put(r.getId(), r) != null) {
            throw new IOException("shared object id " + r.getId() + " is 0 or written twice");
          }
        }
        case REFS, TASKS, UTS -> {
          if (section == null || states.put(section, r) != null) {
            throw new IOException("a state outside a section, or two in section " + section);
          }
        }
        default -> throw new IOException("a record of no kind");
      }
    }
    if (!header) {
      throw new IOException("no header");
    }
    Model.Container c = new Model.Container();
    Reviver r = new Reviver(objects, c);
    RefsProto creds = state(states, "cred", RecordProto.RecordCase.REFS).getRefs();
    for (int i = 0; i < creds.getRefsCount(); i++) {
      r.cred(creds.getRefs(i));
    }
    RefsProto groups = state(states, "groupinfo", RecordProto.RecordCase.REFS).getRefs();
    for (int i = 0; i < groups.getRefsCount(); i++) {
      r.groups(groups.getRefs(i));
    }
    RefsProto labels = state(states, "lsm", RecordProto.RecordCase.REFS).getRefs();
    for (int i = 0; i < labels.getRefsCount(); i++) {
      r.label(labels.getRefs(i));
    }
    List<Model.Task> tasks = new ArrayList<>();
    for (TaskEntryProto e : state(states, "task", RecordProto.RecordCase.TASKS).getTasks().getTasksList()) {
      tasks.add(new Model.Task(e.getPid(), e.getComm(), r.cred(e.getCredRef()), r.cred(e.getEcredRef()),
          r.label(e.getLabelRef()), r.files(e.getFilesRef())));
    }
    RefsProto users = state(states, "user", RecordProto.RecordCase.REFS).getRefs();
    for (int i = 0; i < users.getRefsCount(); i++) {
      r.user(users.getRefs(i), 0);
    }
    UtsNsProto u = state(states, "uts", RecordProto.RecordCase.UTS).getUts();
    c.tasks = tasks;
    c.uts = new UtsNs(u.getSysname(), u.getNodename(), u.getRelease(), u.getVersion(), u.getMachine(), u.getDomainname());
    return c;
  }

  private static RecordProto state(Map<String, RecordProto> states, String section, RecordProto.RecordCase kind)
      throws IOException {
    RecordProto r = states.get(section);
    if (r == null || r.getRecordCase() != kind) {
      throw new IOException("section " + section + " has no state of kind " + kind);
    }
    return r;
  }

  /** Makes each shared object's live object once, as the example's {@code Revive} does through RestoreContext. */
  private static final class Reviver {
    /** The deepest user namespace the kernel makes, as the example's rules bound it. */
    static final int MAX_USERNS_LEVEL = 32;
    final Map<Integer, RecordProto> objects;
    final Map<Integer, Object> live = new HashMap<>();
    final Model.Container container;

    Reviver(Map<Integer, RecordProto> objects, Model.Container container) {
      this.objects = objects;
      this.container = container;
    }

    RecordProto object(int id, RecordProto.RecordCase kind) throws IOException {
      RecordProto r = objects.get(id);
      if (r == null || r.getRecordCase() != kind) {
        throw new IOException("id " + id + " is not a shared object of kind " + kind);
      }
      return r;
    }

    Model.Credential cred(int id) throws IOException {
      Model.Credential made = (Model.Credential) live.get(id);
      if (made == null) {
        CredProto p = object(id, RecordProto.RecordCase.CRED).getCred();
        CapabilitiesProto k = p.getCapS();
        made = new Model.Credential(p.getUid(), p.getSuid(), p.getEuid(), p.getFsuid(), p.getGid(), p.getSgid(),
            p.getEgid(), p.getFsgid(), user(p.getUserRef(), 0), groups(p.getGroupinfoRef()),
            new Capabilities(k.getCapIMask(), k.getCapPMask(), k.getCapEMask(), k.getCapBsetMask(), k.getSecurebits()));
        live.put(id, made);
      }
      return made;
    }

    /** The user {@code id}, its namespace made first; {@code depth} bounds the chain of creators. */
    Model.User user(int id, int depth) throws IOException {
      Model.User made = (Model.User) live.get(id);
      if (made == null) {
        UserProto p = object(id, RecordProto.RecordCase.USER).getUser();
        made = new Model.User(p.getUid(), namespace(p.getUsernsRef(), depth));
        live.put(id, made);
      }
      return made;
    }

    Model.UserNamespace namespace(int id, int depth) throws IOException {
      Model.UserNamespace made = (Model.UserNamespace) live.get(id);
      if (made == null) {
        if (depth > MAX_USERNS_LEVEL) {
          throw new IOException("user namespaces nested deeper than " + MAX_USERNS_LEVEL);
        }
        int creator = object(id, RecordProto.RecordCase.USER_NS).getUserNs().getCreatorRef();
        made = new Model.UserNamespace(creator == 0 ? null : user(creator, depth + 1));
        live.put(id, made);
      }
      return made;
    }

    Model.Groups groups(int id) throws IOException {
      Model.Groups made = (Model.Groups) live.get(id);
      if (made == null) {
        GroupInfoProto p = object(id, RecordProto.RecordCase.GROUPINFO).getGroupinfo();
        int[] ids = new int[p.getGroupsCount()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = p.getGroups(i);
        }
        made = new Model.Groups(ids);
        live.put(id, made);
      }
      return made;
    }

    /** The image's label (ckptgen's restore with KEEP_LSM), or for none (0) the caller's. */
    Model.Label label(int id) throws IOException {
      if (id == 0) {
        return container.callerLabel;
      }
      Model.Label made = (Model.Label) live.get(id);
      if (made == null) {
        LsmLabelProto p = object(id, RecordProto.RecordCase.LABEL).getLabel();
        made = new Model.Label(secType(p.getSectype()), p.getLabel());
        live.put(id, made);
      }
      return made;
    }

    Model.Files files(int id) throws IOException {
      Model.Files made = (Model.Files) live.get(id);
      if (made == null) {
        FileTableProto p = object(id, RecordProto.RecordCase.FILES).getFiles();
        List<Model.OpenFile> open = new ArrayList<>();
        for (OpenFileProto o : p.getFilesList()) {
          open.add(new Model.OpenFile(o.getFd(), o.getFlags(), o.getPos(), label(o.getLabelRef())));
        }
        made = new Model.Files(open);
        live.put(id, made);
      }
      return made;
    }
  }
}
