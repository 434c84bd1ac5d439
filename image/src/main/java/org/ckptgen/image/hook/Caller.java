package org.ckptgen.image.hook;

import java.util.Arrays;

/**
 * Who asks for a restore: what linux-cr's restart reads from {@code current_cred()} to decide
 * what an image may set (seeds/002: "always authorize any changes to the new struct cred based
 * on the permissions of current_cred()"). The ids (real, effective, saved, file system), the
 * supplementary groups, the four capability sets as bit masks ({@code 1L << CAP_*}) and the
 * securebits. The caller lives in the user namespace a restore's root namespace maps to (an
 * image's user namespace without a creator).
 *
 * <p>The checks here are the kernel's, one per system call the restart stands in for:
 * {@link #canSetUid} is {@code setresuid}, {@link #canSetFsuid} {@code setfsuid},
 * {@link #mayHaveGroup} {@code in_egroup_p}, {@link #has} {@code capable}. The seeds' rules
 * that combine them are the subsystems' (docs/RESTORE-RULES.md).
 */
public record Caller(int uid, int euid, int suid, int fsuid, int gid, int egid, int sgid, int fsgid, int[] groups,
    long capEffective, long capPermitted, long capInheritable, long capBounding, int securebits) {

  /** CAP_SETGID: set any gid and any supplementary group. */
  public static final int CAP_SETGID = 6;
  /** CAP_SETUID: set any uid, in any user namespace (may_setuid). */
  public static final int CAP_SETUID = 7;
  /** CAP_SETPCAP: raise inheritable capabilities, drop bounding ones, change securebits. */
  public static final int CAP_SETPCAP = 8;
  /** CAP_SYS_ADMIN: among much else, sethostname and setdomainname. */
  public static final int CAP_SYS_ADMIN = 21;
  /** CAP_MAC_ADMIN: override the LSM's policy, as in setting any label. */
  public static final int CAP_MAC_ADMIN = 33;
  /** The highest capability this build knows (CAP_CHECKPOINT_RESTORE, Linux 5.9). */
  public static final int CAP_LAST_CAP = 40;
  /** Every capability up to {@link #CAP_LAST_CAP}. */
  public static final long ALL_CAPS = (1L << (CAP_LAST_CAP + 1)) - 1;

  public Caller {
    groups = groups.clone();
  }

  /** root: ids 0, every capability effective, permitted and in the bounding set. */
  public static Caller privileged() {
    return new Caller(0, 0, 0, 0, 0, 0, 0, 0, new int[0], ALL_CAPS, ALL_CAPS, 0, ALL_CAPS, 0);
  }

  /**
   * An unprivileged user with these ids and supplementary groups: no capability in its
   * effective, permitted or inheritable set, and the full bounding set, as a login shell has.
   */
  public static Caller user(int uid, int gid, int... groups) {
    return new Caller(uid, uid, uid, uid, gid, gid, gid, gid, groups, 0, 0, 0, ALL_CAPS, 0);
  }

  /** This caller with other capability sets. */
  public Caller withCapabilities(long effective, long permitted, long inheritable, long bounding) {
    return new Caller(uid, euid, suid, fsuid, gid, egid, sgid, fsgid, groups, effective, permitted, inheritable,
        bounding, securebits);
  }

  /** This caller with other securebits. */
  public Caller withSecurebits(int bits) {
    return new Caller(uid, euid, suid, fsuid, gid, egid, sgid, fsgid, groups, capEffective, capPermitted,
        capInheritable, capBounding, bits);
  }

  @Override
  public int[] groups() {
    return groups.clone();
  }

  /** Whether capability {@code cap} is in the caller's effective set ({@code capable(cap)}). */
  public boolean has(int cap) {
    return cap >= 0 && cap <= CAP_LAST_CAP && (capEffective & (1L << cap)) != 0;
  }

  /** {@code capable(CAP_SETUID)}. */
  public boolean capSetuid() {
    return has(CAP_SETUID);
  }

  /** {@code capable(CAP_SETGID)}. */
  public boolean capSetgid() {
    return has(CAP_SETGID);
  }

  /** Whether {@code setresuid} would let the caller take {@code id} as its real, effective or saved uid. */
  public boolean canSetUid(int id) {
    return capSetuid() || id == uid || id == euid || id == suid;
  }

  /** Whether {@code setfsuid} would let the caller take {@code id}: its fsuid counts too. */
  public boolean canSetFsuid(int id) {
    return canSetUid(id) || id == fsuid;
  }

  /** Whether {@code setresgid} would let the caller take {@code id} as its real, effective or saved gid. */
  public boolean canSetGid(int id) {
    return capSetgid() || id == gid || id == egid || id == sgid;
  }

  /** Whether {@code setfsgid} would let the caller take {@code id}: its fsgid counts too. */
  public boolean canSetFsgid(int id) {
    return canSetGid(id) || id == fsgid;
  }

  /** Whether the caller may give an object the supplementary group {@code id}: CAP_SETGID or {@code in_egroup_p}. */
  public boolean mayHaveGroup(int id) {
    return capSetgid() || id == egid || Arrays.stream(groups).anyMatch(g -> g == id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c && uid == c.uid && euid == c.euid && suid == c.suid && fsuid == c.fsuid
        && gid == c.gid && egid == c.egid && sgid == c.sgid && fsgid == c.fsgid && Arrays.equals(groups, c.groups)
        && capEffective == c.capEffective && capPermitted == c.capPermitted && capInheritable == c.capInheritable
        && capBounding == c.capBounding && securebits == c.securebits;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new long[] {uid, euid, suid, fsuid, gid, egid, sgid, fsgid, Arrays.hashCode(groups),
        capEffective, capPermitted, capInheritable, capBounding, securebits});
  }

  @Override
  public String toString() {
    return "Caller[uid=" + Integer.toUnsignedString(uid) + ", gid=" + Integer.toUnsignedString(gid)
        + ", groups=" + Arrays.toString(groups) + (capEffective == 0 ? ", no capabilities"
        : capEffective == ALL_CAPS ? ", every capability" : String.format(", capabilities 0x%x", capEffective)) + "]";
  }
}
