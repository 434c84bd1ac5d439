package org.ckptgen.example.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.UtsNs;

/**
 * The live objects of the model container, as a JVM system would hold them: tasks share
 * credentials, credentials share users and group sets, users live in user namespaces created
 * by other users, and security labels are shared by everything they label.
 */
public final class Model {
  private Model() {}

  /**
   * A user namespace; the root one has no creator. Its level counts the namespaces above it, as
   * the kernel's {@code user_namespace->level}: 0 for the root.
   */
  public static final class UserNamespace {
    public final User creator;
    public final int level;

    public UserNamespace(User creator) {
      this.creator = creator;
      this.level = creator == null ? 0 : creator.ns.level + 1;
    }
  }

  /** A user: an id within a namespace. */
  public static final class User {
    public final int uid;
    public final UserNamespace ns;

    public User(int uid, UserNamespace ns) {
      this.uid = uid;
      this.ns = ns;
    }
  }

  /** A set of supplementary groups, sorted. */
  public static final class Groups {
    public final int[] ids;

    public Groups(int... ids) {
      this.ids = ids.clone();
      Arrays.sort(this.ids);
    }
  }

  /** An LSM security label. */
  public static final class Label {
    public final SecType kind;
    public final String text;

    public Label(SecType kind, String text) {
      this.kind = kind;
      this.text = text;
    }
  }

  /** A credential, as the kernel's struct cred. */
  public static final class Credential {
    public final int uid, suid, euid, fsuid, gid, sgid, egid, fsgid;
    public final User user;
    public final Groups groups;
    public final Capabilities caps;

    public Credential(int uid, int gid, User user, Groups groups, Capabilities caps) {
      this(uid, uid, uid, uid, gid, gid, gid, gid, user, groups, caps);
    }

    public Credential(int uid, int suid, int euid, int fsuid, int gid, int sgid, int egid, int fsgid,
        User user, Groups groups, Capabilities caps) {
      this.uid = uid;
      this.suid = suid;
      this.euid = euid;
      this.fsuid = fsuid;
      this.gid = gid;
      this.sgid = sgid;
      this.egid = egid;
      this.fsgid = fsgid;
      this.user = user;
      this.groups = groups;
      this.caps = caps;
    }
  }

  /** One open file. */
  public static final class OpenFile {
    public final int fd;
    public final int flags;
    public final long pos;
    public final Label label;

    public OpenFile(int fd, int flags, long pos, Label label) {
      this.fd = fd;
      this.flags = flags;
      this.pos = pos;
      this.label = label;
    }
  }

  /** A table of open files, shared by the tasks that share it. */
  public static final class Files {
    public final List<OpenFile> open;

    public Files(List<OpenFile> open) {
      this.open = List.copyOf(open);
    }
  }

  /** A task: its real and effective credentials, its label, its files. */
  public static final class Task {
    public final int pid;
    public final String comm;
    public final Credential cred;
    public final Credential ecred;
    public final Label label;
    public final Files files;

    public Task(int pid, String comm, Credential cred, Credential ecred, Label label, Files files) {
      this.pid = pid;
      this.comm = comm;
      this.cred = cred;
      this.ecred = ecred;
      this.label = label;
      this.files = files;
    }
  }

  /** The container: its tasks and its UTS names. What a restore replaces whole, or not at all. */
  public static final class Container {
    public List<Task> tasks = new ArrayList<>();
    public UtsNs uts = new UtsNs("Linux", "", "", "", "", "");
    /** The label objects get when a restore does not keep the image's (no KEEP_LSM): the caller's. */
    public Label callerLabel = new Label(SecType.CRED, "unconfined");
  }
}
