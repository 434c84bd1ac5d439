package org.ckptgen.example.model;

import java.util.List;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.UtsNs;

/**
 * A small container as the seeds describe one: an init task and two workers of user 1000 that
 * share one credential and one file table, a task whose effective credential differs from its
 * real one, a user namespace created by user 1000 in which user 0 lives, and SELinux-like labels
 * shared between tasks and files.
 *
 * <p>By the seeds' rules only a caller with CAP_SETUID restores that user 0 (may_setuid in a
 * namespace below the caller's) and its full capability sets (restore_capabilities);
 * {@link #own} is the part an unprivileged owner restores itself.
 */
public final class SampleContainer {
  private SampleContainer() {}

  /** A container whose every id is owned by {@code uid}/{@code gid}, in groups {@code groups}. */
  public static Model.Container of(int uid, int gid, int... groups) {
    Model.UserNamespace root = new Model.UserNamespace(null);
    Model.User owner = new Model.User(uid, root);
    Model.UserNamespace child = new Model.UserNamespace(owner);        // created by the owner
    Model.User childRoot = new Model.User(0, child);                   // uid 0, but only inside it
    Model.Groups supplementary = new Model.Groups(groups);
    Capabilities none = new Capabilities(0, 0, 0, 0x1ff_ffff_ffffL, 0);
    Capabilities full = new Capabilities(0, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0);
    Model.Credential worker = new Model.Credential(uid, gid, owner, supplementary, none);
    Model.Credential inChild = new Model.Credential(uid, gid, childRoot, supplementary, full);
    Model.Label taskLabel = new Model.Label(SecType.CRED, "system_u:system_r:container_t:s0:c1,c2");
    Model.Label fileLabel = new Model.Label(SecType.FILE, "system_u:object_r:container_file_t:s0:c1,c2");
    Model.Files shared = new Model.Files(List.of(
        new Model.OpenFile(0, 0x8002, 0, fileLabel), new Model.OpenFile(1, 0x8001, 1234, fileLabel)));
    Model.Files own = new Model.Files(List.of(new Model.OpenFile(3, 0x80000, 1L << 20, fileLabel)));

    Model.Container c = new Model.Container();
    c.tasks = List.of(
        new Model.Task(1, "init", worker, worker, taskLabel, own),
        new Model.Task(20, "worker", worker, worker, taskLabel, shared),
        new Model.Task(21, "worker", worker, worker, taskLabel, shared),
        new Model.Task(30, "ns-admin", worker, inChild, taskLabel, own));
    c.uts = new UtsNs("Linux", "ckpt-demo", "6.1.0-ckpt", "#1 SMP", "x86_64", "(none)");
    return c;
  }

  /**
   * What user {@code uid} may restore without privilege: the sample without the task in the
   * child user namespace, so every id is the owner's and no capability is asked for.
   */
  public static Model.Container own(int uid, int gid, int... groups) {
    Model.Container c = of(uid, gid, groups);
    c.tasks = c.tasks.subList(0, 3);
    return c;
  }

  /**
   * The sample grown to {@code tasks} tasks, for the benchmarks: a hundred users, each with a
   * credential its tasks share and supplementary groups of its own; a file table of three files
   * for every task; two labels shared by all.
   */
  public static Model.Container scaled(int tasks) {
    Model.UserNamespace root = new Model.UserNamespace(null);
    Capabilities none = new Capabilities(0, 0, 0, 0x1ff_ffff_ffffL, 0);
    Model.Label taskLabel = new Model.Label(SecType.CRED, "system_u:system_r:container_t:s0:c1,c2");
    Model.Label fileLabel = new Model.Label(SecType.FILE, "system_u:object_r:container_file_t:s0:c1,c2");
    List<Model.Credential> creds = new java.util.ArrayList<>();
    for (int u = 0; u < 100; u++) {
      int uid = 1000 + u;
      creds.add(new Model.Credential(uid, uid, new Model.User(uid, root), new Model.Groups(24, 100, uid), none));
    }
    List<Model.Task> list = new java.util.ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      Model.Credential cred = creds.get(t % creds.size());
      Model.Files files = new Model.Files(List.of(new Model.OpenFile(0, 0x8000, 0, fileLabel),
          new Model.OpenFile(1, 0x8001, 4096L * t, fileLabel), new Model.OpenFile(2, 0x8001, 0, fileLabel)));
      list.add(new Model.Task(100 + t, "worker-" + t, cred, cred, taskLabel, files));
    }
    Model.Container c = new Model.Container();
    c.tasks = List.copyOf(list);
    c.uts = new UtsNs("Linux", "ckpt-bench", "6.1.0-ckpt", "#1 SMP", "x86_64", "(none)");
    return c;
  }

  /**
   * The demo's container: the sample of user 1000, plus an sshd running as root, which an
   * unprivileged caller cannot restore.
   */
  public static Model.Container demo() {
    Model.Container c = of(1000, 1000, 24, 1000);
    Model.Task init = c.tasks.get(0);
    Model.User root = new Model.User(0, init.cred.user.ns);
    Model.Credential rootCred = new Model.Credential(0, 0, root, new Model.Groups(0),
        new org.ckptgen.example.container.Capabilities(0, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0));
    java.util.List<Model.Task> tasks = new java.util.ArrayList<>(c.tasks);
    tasks.add(new Model.Task(40, "sshd", rootCred, rootCred, init.label, init.files));
    c.tasks = java.util.List.copyOf(tasks);
    return c;
  }

  /**
   * The container's state as text, with sharing shown: objects are numbered in the order first
   * met, so two containers print the same exactly when they hold the same values shared the
   * same way.
   */
  public static String describe(Model.Container c) {
    java.util.IdentityHashMap<Object, Integer> ids = new java.util.IdentityHashMap<>();
    StringBuilder out = new StringBuilder("uts " + c.uts.nodename() + "\n");
    for (Model.Task t : c.tasks) {
      out.append("task ").append(t.pid).append(' ').append(t.comm)
          .append(" cred ").append(cred(t.cred, ids)).append(" ecred ").append(cred(t.ecred, ids))
          .append(" label ").append(id(t.label, ids)).append('=').append(t.label.text)
          .append(" files ").append(id(t.files, ids)).append('[');
      for (Model.OpenFile f : t.files.open) {
        out.append(f.fd).append(':').append(f.flags).append(':').append(f.pos).append(':').append(f.label.text).append(' ');
      }
      out.append("]\n");
    }
    return out.toString();
  }

  private static String cred(Model.Credential c, java.util.IdentityHashMap<Object, Integer> ids) {
    StringBuilder s = new StringBuilder("#" + id(c, ids) + "(" + c.uid + "," + c.gid + " groups#" + id(c.groups, ids)
        + java.util.Arrays.toString(c.groups.ids) + " user");
    for (Model.User u = c.user; u != null; u = u.ns.creator) {
      s.append(" #").append(id(u, ids)).append('=').append(u.uid).append("@ns#").append(id(u.ns, ids));
    }
    return s.append(" caps ").append(Long.toHexString(c.caps.capEMask())).append(")").toString();
  }

  private static int id(Object o, java.util.IdentityHashMap<Object, Integer> ids) {
    return ids.computeIfAbsent(o, k -> ids.size() + 1);
  }
}
