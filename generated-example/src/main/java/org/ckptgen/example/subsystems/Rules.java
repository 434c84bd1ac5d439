package org.ckptgen.example.subsystems;

import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.Caller;

/**
 * The seeds' rules for what a restore may set, each checked against the caller as linux-cr
 * checks it against {@code current_cred()} (seeds/002, and Hallyn's answer to Morton in
 * seeds/003: "the caller's ability to setresuid/setresgid to those values must be checked").
 * docs/RESTORE-RULES.md puts each beside the seed passage it comes from. A rule that fails
 * throws {@link Refused} with the errno the kernel returns; the hooks turn it into their code.
 */
final class Rules {
  static final int EPERM = 1;
  static final int EINVAL = 22;
  static final int EUSERS = 87;

  /** The deepest user namespace the kernel creates: {@code create_user_ns} refuses a level over 32. */
  static final int MAX_USERNS_LEVEL = 32;

  /** SECURE_ALL_BITS | SECURE_ALL_LOCKS: the securebits the kernel knows (NOROOT .. NO_CAP_AMBIENT_RAISE). */
  static final int SECURE_KNOWN = 0xff;
  /** SECURE_ALL_LOCKS: each lock bit is the bit above the one it locks. */
  static final int SECURE_ALL_LOCKS = 0xaa;

  private Rules() {}

  /** A rule refused what an image asks for. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int errno;

    Refused(int errno, String why) {
      super(why, null, false, false);
      this.errno = errno;
    }
  }

  private static void refuse(int errno, String why) {
    throw new Refused(errno, why);
  }

  private static String id(int id) {
    return Integer.toUnsignedString(id);
  }

  /**
   * restore_cred's ids: {@code cred_setresuid(uid, euid, suid)} and {@code cred_setfsuid(fsuid)},
   * then the same for the gids, each as the caller could call them. -1 is no id: to
   * {@code setresuid} it means "leave unchanged", which an image cannot mean.
   */
  static void ids(Caller caller, Cred c) {
    String[] uidNames = {"uid", "euid", "suid", "fsuid"};
    int[] uids = {c.uid(), c.euid(), c.suid(), c.fsuid()};
    String[] gidNames = {"gid", "egid", "sgid", "fsgid"};
    int[] gids = {c.gid(), c.egid(), c.sgid(), c.fsgid()};
    for (int i = 0; i < 4; i++) {
      if (uids[i] == -1 || gids[i] == -1) {
        refuse(EINVAL, (uids[i] == -1 ? uidNames[i] : gidNames[i]) + " 4294967295 (-1) is not an id");
      }
    }
    for (int i = 0; i < 4; i++) {
      if (!(i < 3 ? caller.canSetUid(uids[i]) : caller.canSetFsuid(uids[i]))) {
        refuse(EPERM, uidNames[i] + " " + id(uids[i]) + " is not one the caller could "
            + (i < 3 ? "setresuid" : "setfsuid") + " to");
      }
    }
    for (int i = 0; i < 4; i++) {
      if (!(i < 3 ? caller.canSetGid(gids[i]) : caller.canSetFsgid(gids[i]))) {
        refuse(EPERM, gidNames[i] + " " + id(gids[i]) + " is not one the caller could "
            + (i < 3 ? "setresgid" : "setfsgid") + " to");
      }
    }
  }

  /**
   * restore_groupinfo and restore_cred's group check: strictly increasing (the codec's
   * {@code @Sorted} allows equal neighbours; the kernel does not), and every group one the caller
   * is in ({@code in_egroup_p}) unless it holds CAP_SETGID. NGROUPS_MAX is the codec's bound.
   */
  static void groups(Caller caller, GroupInfo g) {
    int[] groups = g.groups();
    for (int i = 1; i < groups.length; i++) {
      if (Integer.compareUnsigned(groups[i - 1], groups[i]) >= 0) {
        refuse(EINVAL, "group " + id(groups[i]) + " follows group " + id(groups[i - 1]) + ": groups must be strictly increasing");
      }
    }
    for (int gid : groups) {
      if (!caller.mayHaveGroup(gid)) {
        refuse(EPERM, "group " + id(gid) + " is not one the caller is in, and it lacks CAP_SETGID");
      }
    }
  }

  /**
   * restore_capabilities: the sets as {@code capset(2)} and {@code prctl(PR_CAPBSET_DROP)} would let
   * the caller make them from its own (cap_capset and apply_securebits): nothing the caller does
   * not hold.
   */
  static void capabilities(Caller caller, Capabilities c) {
    long[] sets = {c.capIMask(), c.capPMask(), c.capEMask(), c.capBsetMask()};
    String[] names = {"inheritable", "permitted", "effective", "bounding"};
    for (int i = 0; i < sets.length; i++) {
      if ((sets[i] & ~Caller.ALL_CAPS) != 0) {
        refuse(EINVAL, String.format("the %s set 0x%x holds capabilities above CAP_LAST_CAP (%d)", names[i], sets[i],
            Caller.CAP_LAST_CAP));
      }
    }
    boolean setpcap = caller.has(Caller.CAP_SETPCAP);
    // no new permitted capabilities
    more(c.capPMask(), caller.capPermitted(), "permitted", "the caller's permitted set");
    // effective within the new permitted set
    more(c.capEMask(), c.capPMask(), "effective", "the image's own permitted set");
    // inheritable: within the caller's inheritable and bounding sets, and without CAP_SETPCAP
    // within its inheritable and permitted sets
    more(c.capIMask(), caller.capInheritable() | caller.capBounding(), "inheritable",
        "the caller's inheritable and bounding sets");
    if (!setpcap) {
      more(c.capIMask(), caller.capInheritable() | caller.capPermitted(), "inheritable",
          "the caller's inheritable and permitted sets, and it lacks CAP_SETPCAP");
    }
    // bounding: never raised; dropping takes CAP_SETPCAP
    more(c.capBsetMask(), caller.capBounding(), "bounding", "the caller's bounding set");
    if (c.capBsetMask() != caller.capBounding() && !setpcap) {
      refuse(EPERM, String.format("the bounding set 0x%x drops capabilities from the caller's 0x%x, which takes CAP_SETPCAP",
          c.capBsetMask(), caller.capBounding()));
    }
    securebits(caller, c.securebits(), setpcap);
  }

  private static void more(long set, long allowed, String name, String within) {
    if ((set & ~allowed) != 0) {
      refuse(EPERM, String.format("the %s set 0x%x raises 0x%x beyond %s", name, set, set & ~allowed, within));
    }
  }

  /** apply_securebits, from the caller's bits: only with CAP_SETPCAP, never unlocking, only known bits. */
  private static void securebits(Caller caller, int bits, boolean setpcap) {
    int old = caller.securebits();
    if (bits == old) {
      return;  // nothing to apply
    }
    if ((bits & ~SECURE_KNOWN) != 0) {
      refuse(EPERM, String.format("securebits 0x%x hold bits the kernel does not know", bits));
    }
    int locks = old & SECURE_ALL_LOCKS;
    if (((locks >>> 1) & (old ^ bits)) != 0 || (locks & ~bits) != 0) {
      refuse(EPERM, String.format("securebits 0x%x change or unlock bits the caller's 0x%x lock", bits, old));
    }
    if (!setpcap) {
      refuse(EPERM, String.format("securebits 0x%x differ from the caller's 0x%x, which takes CAP_SETPCAP", bits, old));
    }
  }

  /**
   * do_restore_user's {@code may_setuid(ns, uid)}: CAP_SETUID, or a uid the caller holds in its own
   * namespace. A user in any namespace below the caller's takes CAP_SETUID, even one the caller's
   * own user created (the seed: "we do not want someone ... to be able to create random userids
   * even in a userns he created").
   */
  static void user(Caller caller, int uid, Model.UserNamespace ns) {
    if (uid == -1) {
      refuse(EINVAL, "user 4294967295 (-1) is not an id");
    }
    if (caller.capSetuid()) {
      return;
    }
    if (ns.creator != null) {
      refuse(EPERM, "user " + id(uid) + " lives in a user namespace below the caller's (level " + ns.level
          + "): may_setuid there takes CAP_SETUID");
    }
    if (uid != caller.uid() && uid != caller.euid() && uid != caller.suid()) {
      refuse(EPERM, "user " + id(uid) + " is not one the caller could setuid to (may_setuid)");
    }
  }

  /**
   * restore_userns: a namespace with a creator is made by {@code new_user_ns(creator)}, which the
   * kernel bounds at level 32 ({@code create_user_ns}: -EUSERS); the creator is a user struct,
   * so it passed {@link #user} first. A namespace without a creator is the caller's own.
   */
  static void namespace(int level) {
    if (level > MAX_USERNS_LEVEL) {
      refuse(EUSERS, "a user namespace at level " + level + "; the kernel nests them " + MAX_USERNS_LEVEL + " deep at most");
    }
  }

  /**
   * RESTART_KEEP_LSM: labels are kept only when asked; then, as the LSM would, a label other than
   * the caller's own takes the LSM's override privilege (CAP_MAC_ADMIN here).
   */
  static void label(Caller caller, String label, Model.Label callers) {
    if (!caller.has(Caller.CAP_MAC_ADMIN) && !label.equals(callers.text)) {
      refuse(EPERM, "keeping the label \"" + label + "\" takes CAP_MAC_ADMIN; the caller's is \"" + callers.text + "\"");
    }
  }
}
