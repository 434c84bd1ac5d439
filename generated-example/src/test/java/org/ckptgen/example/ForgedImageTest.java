package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredSection;
import org.ckptgen.example.container.FileTable;
import org.ckptgen.example.container.GroupInfoSection;
import org.ckptgen.example.container.LsmSection;
import org.ckptgen.example.container.OpenFile;
import org.ckptgen.example.container.TaskEntry;
import org.ckptgen.example.container.TaskSection;
import org.ckptgen.example.container.User;
import org.ckptgen.example.container.UserNs;
import org.ckptgen.example.container.UserSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forged images, sealed again so they pass the CRC32C and reach the hooks, generated rather
 * than chosen: every capability bit of every set, random capability sets against the kernel's
 * rules, every id field, random users and objrefs, random bytes. No forged image gives an
 * unprivileged caller anything it does not hold, and every restore ends restored or with one
 * clean exception, the container as it was.
 */
class ForgedImageTest {
  private static final Caller USER = Caller.user(1000, 1000, 24);
  private static final Set<RestoreContext.Flag> NONE = Set.of();

  @TempDir
  Path dir;
  private Path own;
  private final Random random = new Random(0x5eed_11L);
  private int forged;

  @BeforeEach
  void checkpointTheOwnersContainer() throws Exception {
    own = Forge.checkpoint(SampleContainer.own(1000, 1000, 24), dir.resolve("own.ckpt"));
    Forge.Outcome o = Forge.restore(own, USER, NONE);
    assertTrue(o.ok(), o.why());
    Forge.nothingGained(o.restored(), USER);
  }

  private Path forge(ContainerImageReader.Edit edit) throws Exception {
    return Forge.edit(own, dir.resolve("forged-" + forged++ + ".ckpt"), edit);
  }

  private Path forgeCaps(java.util.function.UnaryOperator<Capabilities> change) throws Exception {
    return forge(new ContainerImageReader.Edit() {
      @Override
      public Cred cred(Cred c) {
        return Forge.withCaps(c, change.apply(c.capS()));
      }
    });
  }

  @Test
  void everyCapabilityBitOfEverySetIsRefusedToAnUnprivilegedCaller() throws Exception {
    for (int set = 0; set < 4; set++) {
      for (int bit = 0; bit < 64; bit++) {
        int s = set;
        long flip = 1L << bit;
        Path image = forgeCaps(k -> Forge.withSet(k, s, Forge.set(k, s) ^ flip));
        Forge.Outcome o = Forge.restore(image, USER, NONE);
        assertFalse(o.ok(), "set " + set + " bit " + bit + " was restored");
        assertTrue(o.failure() instanceof RestoreException r && r.subsystem().equals("task"), o.why());
        Files.delete(image);
      }
    }
  }

  /** The kernel's rules, cap_capset and PR_CAPBSET_DROP, from current_cred(): the oracle. */
  private static boolean kernelAllows(Caller c, Capabilities k) {
    long all = Caller.ALL_CAPS;
    boolean setpcap = c.has(Caller.CAP_SETPCAP);
    long i = k.capIMask();
    long p = k.capPMask();
    long e = k.capEMask();
    long b = k.capBsetMask();
    if (((i | p | e | b) & ~all) != 0) {
      return false;
    }
    boolean inheritable = (i & ~(c.capInheritable() | c.capBounding())) == 0
        && (setpcap || (i & ~(c.capInheritable() | c.capPermitted())) == 0);
    boolean bounding = (b & ~c.capBounding()) == 0 && (b == c.capBounding() || setpcap);
    return (p & ~c.capPermitted()) == 0 && (e & ~p) == 0 && inheritable && bounding && k.securebits() == c.securebits();
  }

  @Test
  void randomCapabilitySetsAreRestoredExactlyWhenTheKernelWouldAllowThem() throws Exception {
    // capabilities that matter here, so that both verdicts come up often
    int[] caps = {Caller.CAP_SETGID, Caller.CAP_SETUID, Caller.CAP_SETPCAP, Caller.CAP_SYS_ADMIN, 0, 12, Caller.CAP_LAST_CAP};
    int allowed = 0;
    for (int n = 0; n < 150; n++) {
      // the caller's sets (inheritable, permitted, effective, bounding), then the image's: mostly
      // within the caller's, and in half the cases one bit flipped somewhere
      long[] callerSets = new long[4];
      callerSets[0] = randomMask(caps, false);
      callerSets[1] = randomMask(caps, false);
      callerSets[2] = callerSets[1] & randomMask(caps, true);
      callerSets[3] = randomMask(caps, true);
      long[] imageSets = new long[4];
      imageSets[1] = callerSets[1] & randomMask(caps, true);
      imageSets[2] = imageSets[1] & randomMask(caps, true);
      imageSets[0] = (callerSets[0] | callerSets[1]) & callerSets[3] & randomMask(caps, true);
      imageSets[3] = random.nextBoolean() ? callerSets[3] : callerSets[3] & randomMask(caps, true);
      if (random.nextBoolean()) {
        int bit = random.nextInt(10) == 0 ? 41 + random.nextInt(23) : caps[random.nextInt(caps.length)];
        imageSets[random.nextInt(4)] ^= 1L << bit;
      }
      Caller caller = USER.withCapabilities(callerSets[2], callerSets[1], callerSets[0], callerSets[3]);
      Capabilities k = new Capabilities(imageSets[0], imageSets[1], imageSets[2], imageSets[3], 0);
      Path image = forgeCaps(before -> k);
      Forge.Outcome o = Forge.restore(image, caller, NONE);
      assertEquals(kernelAllows(caller, k), o.ok(), caller + " " + k + ": " + o.why());
      allowed += o.ok() ? 1 : 0;
      Files.delete(image);
    }
    assertTrue(allowed > 10 && allowed < 140, "both verdicts came up: " + allowed + " of 150 allowed");
  }

  private long randomMask(int[] caps, boolean bounding) {
    long mask = bounding && random.nextBoolean() ? Caller.ALL_CAPS : 0;
    for (int cap : caps) {
      if (random.nextInt(3) == 0) {
        mask ^= 1L << cap;
      }
    }
    return mask;
  }

  @Test
  void securebitsChangeOnlyWithCapSetpcapAndNeverUnlock() throws Exception {
    Caller setpcap = USER.withCapabilities(1L << Caller.CAP_SETPCAP, 1L << Caller.CAP_SETPCAP, 0, Caller.ALL_CAPS);
    for (int bits = 0; bits < 0x200; bits += 1 + random.nextInt(7)) {
      int b = bits;
      Path image = forgeCaps(k -> new Capabilities(k.capIMask(), k.capPMask(), k.capEMask(), k.capBsetMask(), b));
      assertEquals(b == 0, Forge.restore(image, USER, NONE).ok(), "securebits 0x" + Integer.toHexString(b));
      assertEquals(b <= 0xff, Forge.restore(image, setpcap, NONE).ok(), "with CAP_SETPCAP, 0x" + Integer.toHexString(b));
      // a caller whose NOROOT bit is locked may not clear it
      Caller locked = setpcap.withSecurebits(0x3);
      assertEquals((b & 0x3) == 0x3 && b <= 0xff, Forge.restore(image, locked, NONE).ok(),
          "locked NOROOT, 0x" + Integer.toHexString(b));
      Files.delete(image);
    }
  }

  @Test
  void everyIdFieldTakesOnlyAnIdTheCallerCouldSetItself() throws Exception {
    // real, effective, saved and file system ids all different, as after a setuid program
    Caller caller = new Caller(1000, 1001, 1002, 1003, 1000, 1001, 1002, 1003, new int[] {24}, 0, 0, 0,
        Caller.ALL_CAPS, 0);
    for (int field = 0; field < 8; field++) {
      List<Integer> ids = new ArrayList<>(List.of(0, -1, 1000, 1001, 1002, 1003, 1004, 65534, 24));
      for (int r = 0; r < 4; r++) {
        ids.add(random.nextInt());
      }
      for (int id : ids) {
        int f = field;
        Path image = forge(new ContainerImageReader.Edit() {
          @Override
          public Cred cred(Cred c) {
            return Forge.withId(c, f, id);
          }
        });
        boolean fs = field == 3 || field == 7;
        boolean expected = id == 1000 || id == 1001 || id == 1002 || (fs && id == 1003);
        Forge.Outcome o = Forge.restore(image, caller, NONE);
        assertEquals(expected, o.ok(), "field " + field + " = " + Integer.toUnsignedString(id) + ": " + o.why());
        if (o.ok()) {
          Forge.nothingGained(o.restored(), caller);
        }
        Files.delete(image);
      }
    }
  }

  @Test
  void aUserStructIsRestoredOnlyAsAUidTheCallerHolds() throws Exception {
    for (int n = 0; n < 40; n++) {
      int uid = n < 4 ? new int[] {0, 1000, -1, 1001}[n] : random.nextInt(n < 20 ? 2000 : Integer.MAX_VALUE);
      Path image = forge(new ContainerImageReader.Edit() {
        @Override
        public User user(User u) {
          return new User(uid, u.usernsRef());
        }
      });
      Forge.Outcome o = Forge.restore(image, USER, NONE);
      assertEquals(uid == 1000, o.ok(), "user " + uid + ": " + o.why());
      assertTrue(Forge.restore(image, Caller.privileged(), NONE).ok() || uid == -1, "root restores user " + uid);
      Files.delete(image);
    }
  }

  /** A container with a child user namespace of the owner, and a task in it as user 0, without capabilities. */
  private static Model.Container withChildNamespace() {
    Model.Container c = SampleContainer.own(1000, 1000, 24);
    Model.Task init = c.tasks.get(0);
    Model.User childRoot = new Model.User(0, new Model.UserNamespace(init.cred.user));
    Model.Credential inChild = new Model.Credential(1000, 1000, childRoot, init.cred.groups, init.cred.caps);
    List<Model.Task> tasks = new ArrayList<>(c.tasks);
    tasks.add(new Model.Task(30, "ns-admin", init.cred, inChild, init.label, init.files));
    c.tasks = List.copyOf(tasks);
    return c;
  }

  @Test
  void usersInOtherNamespacesTakeCapSetuidAndMovingThemToTheCallersDoesNotHelp() throws Exception {
    Path image = Forge.checkpoint(withChildNamespace(), dir.resolve("child.ckpt"));
    Forge.Outcome o = Forge.restore(image, USER, NONE);
    assertTrue(!o.ok() && o.why().contains("EPERM"), o.why());
    Caller setuid = USER.withCapabilities(1L << Caller.CAP_SETUID, 1L << Caller.CAP_SETUID, 0, Caller.ALL_CAPS);
    assertTrue(Forge.restore(image, setuid, NONE).ok(), "with CAP_SETUID");
    // the child's user 0 moved into the root namespace: uid 0 of the caller's own namespace
    Path moved = Forge.edit(image, dir.resolve("moved.ckpt"), new ContainerImageReader.Edit() {
      @Override
      public User user(User u) {
        return u.uid() == 0 ? new User(0, 1) : u;  // objref 1: the root namespace, written first
      }
    });
    assertFalse(Forge.restore(moved, USER, NONE).ok());
    // the child namespace made a root one: its user 0 is then the caller's uid 0
    Path rooted = Forge.edit(image, dir.resolve("rooted.ckpt"), new ContainerImageReader.Edit() {
      @Override
      public UserNs userNs(UserNs n) {
        return new UserNs(0);
      }
    });
    Forge.Outcome r = Forge.restore(rooted, USER, NONE);
    assertFalse(r.ok(), r.why());
  }

  /** A task whose user lives {@code levels} namespaces below the root one, each created by the user above. */
  private static Model.Container nested(int levels) {
    Model.Container c = SampleContainer.own(0, 0);
    Model.Task init = c.tasks.get(0);
    Model.User u = init.cred.user;
    for (int i = 0; i < levels; i++) {
      u = new Model.User(0, new Model.UserNamespace(u));
    }
    Model.Credential deep = new Model.Credential(0, 0, u, init.cred.groups, init.cred.caps);
    c.tasks = List.of(new Model.Task(1, "deep", deep, deep, init.label, init.files));
    return c;
  }

  /** Checkpoints on a thread with a large stack: the checkpoint side follows the chain by recursion. */
  private Path checkpointNested(int levels) throws Exception {
    Path file = dir.resolve("nested-" + levels + ".ckpt");
    Exception[] failure = new Exception[1];
    Thread t = new Thread(null, () -> {
      try {
        Forge.checkpoint(nested(levels), file);
      } catch (Exception e) {
        failure[0] = e;
      }
    }, "checkpoint", 256L << 20);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw failure[0];
    }
    return file;
  }

  @Test
  void userNamespacesNestAsDeepAsTheKernelAllowsAndNoDeeperWithoutRecursion() throws Exception {
    assertTrue(Forge.restore(checkpointNested(32), Caller.privileged(), NONE).ok(), "level 32");
    for (int levels : new int[] {33, 100, 3000}) {
      Forge.Outcome o = Forge.restore(checkpointNested(levels), Caller.privileged(), NONE);
      assertFalse(o.ok());
      RestoreException e = (RestoreException) o.failure();
      assertEquals(-87, e.code(), e.getMessage());
      assertTrue(e.getMessage().endsWith("(EUSERS)"), e.getMessage());
    }
  }

  @Test
  void labelsAreKeptOnlyWithKeepLsmAndOnlyWithTheLsmsPrivilege() throws Exception {
    Set<RestoreContext.Flag> keep = Set.of(RestoreContext.Flag.KEEP_LSM);
    Forge.Outcome unprivileged = Forge.restore(own, USER, keep);
    assertFalse(unprivileged.ok(), "an unprivileged caller may not take the image's labels");
    Caller macAdmin = USER.withCapabilities(1L << Caller.CAP_MAC_ADMIN, 1L << Caller.CAP_MAC_ADMIN, 0, Caller.ALL_CAPS);
    Forge.Outcome kept = Forge.restore(own, macAdmin, keep);
    assertTrue(kept.ok(), kept.why());
    assertTrue(kept.restored().tasks.get(0).label.text.startsWith("system_u:"));
    assertEquals("unconfined", Forge.restore(own, macAdmin, NONE).restored().tasks.get(0).label.text);
  }

  /** The objrefs of the own image's shared objects, in order, and how many there are. */
  private int objects() throws Exception {
    int[] n = {0};
    ContainerImageReader.read(own, new ContainerImageReader.Visitor() {
      @Override
      public void other(org.ckptgen.image.RecordView record, org.ckptgen.image.ImageLayout layout) {
        n[0] += record.type() == org.ckptgen.image.ObjectRefCodec.TYPE ? 1 : 0;
      }
    });
    return n[0];
  }

  @Test
  void randomObjrefsEndCleanlyAndGiveNothing() throws Exception {
    int max = objects();
    assertTrue(max > 5, "objects: " + max);
    int restored = 0;
    int zeroRefused = 0;
    for (int n = 0; n < 120; n++) {
      int kind = n % 8;
      Path image = forge(new ContainerImageReader.Edit() {
        private int ref() {
          return random.nextInt(8) == 0 ? 0 : random.nextInt(max + 4);
        }

        @Override
        public Cred cred(Cred c) {
          return kind == 0 ? new Cred(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(),
              ref(), ref(), c.capS()) : c;
        }

        @Override
        public User user(User u) {
          return kind == 1 ? new User(u.uid(), ref()) : u;
        }

        @Override
        public UserNs userNs(UserNs ns) {
          return kind == 2 ? new UserNs(ref()) : ns;
        }

        @Override
        public FileTable fileTable(FileTable t) {
          if (kind != 3) {
            return t;
          }
          OpenFile[] files = t.files().clone();
          for (int i = 0; i < files.length; i++) {
            files[i] = new OpenFile(files[i].fd(), files[i].flags(), files[i].pos(), ref());
          }
          return new FileTable(files);
        }

        @Override
        public TaskSection taskSection(TaskSection s) {
          if (kind != 4) {
            return s;
          }
          TaskEntry[] tasks = s.tasks().clone();
          int i = random.nextInt(tasks.length);
          TaskEntry e = tasks[i];
          tasks[i] = new TaskEntry(e.pid(), e.comm(), ref(), ref(), ref(), ref());
          return new TaskSection(tasks);
        }

        @Override
        public CredSection credSection(CredSection s) {
          return kind == 5 ? new CredSection(refs(s.creds())) : s;
        }

        @Override
        public UserSection userSection(UserSection s) {
          return kind == 6 ? new UserSection(refs(s.users())) : s;
        }

        @Override
        public GroupInfoSection groupInfoSection(GroupInfoSection s) {
          return kind == 7 ? new GroupInfoSection(refs(s.groups())) : s;
        }

        @Override
        public LsmSection lsmSection(LsmSection s) {
          return kind == 7 ? new LsmSection(refs(s.labels())) : s;
        }

        private int[] refs(int[] refs) {
          int[] r = refs.clone();
          r[random.nextInt(r.length)] = ref();
          return r;
        }
      });
      Forge.Outcome o = Forge.restore(image, USER, NONE);
      if (o.ok()) {
        restored++;
        Forge.nothingGained(o.restored(), USER);
      } else if (o.failure() instanceof CkptFormatException e && e.reason().endsWith("but it is a required reference")) {
        zeroRefused++;
      }
      Files.delete(image);
    }
    assertTrue(zeroRefused > 0, "some forged image put 0 in a required reference");
    assertTrue(restored > 0, "some retargeted references were still valid and restored");
  }

  @Test
  void zeroIsRefusedInEveryRequiredReferenceBeforeAnyHookAndMeansNoneInAnOptionalOne() throws Exception {
    List<ContainerImageReader.Edit> zeros = List.of(
        new ContainerImageReader.Edit() {
          @Override
          public Cred cred(Cred c) {
            return new Cred(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(), 0,
                c.groupinfoRef(), c.capS());
          }
        },
        new ContainerImageReader.Edit() {
          @Override
          public Cred cred(Cred c) {
            return new Cred(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(), c.userRef(),
                0, c.capS());
          }
        },
        new ContainerImageReader.Edit() {
          @Override
          public User user(User u) {
            return new User(u.uid(), 0);
          }
        },
        new ContainerImageReader.Edit() {
          @Override
          public TaskSection taskSection(TaskSection s) {
            TaskEntry e = s.tasks()[0];
            TaskEntry[] t = s.tasks().clone();
            t[0] = new TaskEntry(e.pid(), e.comm(), 0, e.ecredRef(), e.labelRef(), e.filesRef());
            return new TaskSection(t);
          }
        },
        new ContainerImageReader.Edit() {
          @Override
          public TaskSection taskSection(TaskSection s) {
            TaskEntry e = s.tasks()[0];
            TaskEntry[] t = s.tasks().clone();
            t[0] = new TaskEntry(e.pid(), e.comm(), e.credRef(), e.ecredRef(), e.labelRef(), 0);
            return new TaskSection(t);
          }
        },
        new ContainerImageReader.Edit() {
          @Override
          public CredSection credSection(CredSection s) {
            int[] r = s.creds().clone();
            r[0] = 0;
            return new CredSection(r);
          }
        });
    for (ContainerImageReader.Edit edit : zeros) {
      Forge.Outcome o = Forge.restore(forge(edit), USER, NONE);
      assertTrue(o.failure() instanceof CkptFormatException e && e.reason().endsWith("is 0 (none), but it is a required reference"),
          o.why());
    }
    Forge.Outcome none = Forge.restore(forge(new ContainerImageReader.Edit() {
      @Override
      public TaskSection taskSection(TaskSection s) {
        TaskEntry[] t = s.tasks().clone();
        for (int i = 0; i < t.length; i++) {
          TaskEntry e = t[i];
          t[i] = new TaskEntry(e.pid(), e.comm(), e.credRef(), e.ecredRef(), 0, e.filesRef());
        }
        return new TaskSection(t);
      }
    }), Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
    assertTrue(none.ok(), none.why());
    assertEquals("unconfined", none.restored().tasks.get(0).label.text, "no label: the caller's");
  }

  @Test
  void randomBytesResealedEndCleanlyAndGiveNothing() throws Exception {
    byte[] original = Forge.bytes(own);
    int tables;
    try (var r = org.ckptgen.image.ImageReader.open(own)) {
      r.verify();
      tables = (int) r.records().iterator().next().position();
    }
    int restored = 0;
    for (int n = 0; n < 400; n++) {
      byte[] b = original.clone();
      int flips = 1 + random.nextInt(3);
      for (int f = 0; f < flips; f++) {
        int at = tables + random.nextInt(b.length - 40 - tables);
        b[at] = (byte) (random.nextInt(4) == 0 ? 0 : random.nextInt(256));
      }
      Path image = Files.write(dir.resolve("bytes.ckpt"), Forge.reseal(b));
      Forge.Outcome o = Forge.restore(image, USER, NONE);
      if (o.ok()) {
        restored++;
        Forge.nothingGained(o.restored(), USER);
      }
    }
    assertTrue(restored < 400, "most changes are refused");
  }

  @Test
  void anImageOrFormatVersionThisBuildDoesNotKnowIsRefusedWithBothNumbers() throws Exception {
    // a newer image version, or 0 (versions start at 1); an older one is read by the rules of "Versions"
    int ours = org.ckptgen.example.container.ContainerImageSchema.VERSION;
    for (int version : new int[] {0, ours + 1, ours + 5, -1}) {
      byte[] b = Forge.bytes(own);
      Forge.putInt(b, 28, version);
      Path image = Files.write(dir.resolve("version.ckpt"), Forge.reseal(b));
      Forge.Outcome o = Forge.restore(image, Caller.privileged(), NONE);
      assertTrue(o.failure() instanceof CkptFormatException, o.why());
      assertTrue(o.why().contains("image version " + Integer.toUnsignedString(version))
          && o.why().contains("this build restores version " + ours + " and older"), o.why());
      b = Forge.bytes(own);
      Forge.putInt(b, 16, version);
      Files.write(image, Forge.reseal(b));
      o = Forge.restore(image, Caller.privileged(), NONE);
      assertTrue(o.why().contains("image format version " + Integer.toUnsignedString(version))
          && o.why().contains("knows version 1"), o.why());
    }
  }
}
