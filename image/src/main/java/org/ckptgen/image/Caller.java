package org.ckptgen.image;

import java.util.Arrays;

/**
 * Who asks for a restore: the ids and capabilities that decide, as in linux-cr, what an image
 * may set. An unprivileged caller may only take ids it could {@code setresuid}/{@code setresgid}
 * to (its own real, effective or saved ones) and only groups it is in; CAP_SETUID and
 * CAP_SETGID lift those limits.
 */
public record Caller(int uid, int euid, int suid, int gid, int egid, int sgid, int[] groups,
    boolean capSetuid, boolean capSetgid) {

  public Caller {
    groups = groups.clone();
  }

  /** root, with CAP_SETUID and CAP_SETGID. */
  public static Caller privileged() {
    return new Caller(0, 0, 0, 0, 0, 0, new int[0], true, true);
  }

  /** An unprivileged user with these ids and supplementary groups. */
  public static Caller user(int uid, int gid, int... groups) {
    return new Caller(uid, uid, uid, gid, gid, gid, groups, false, false);
  }

  @Override
  public int[] groups() {
    return groups.clone();
  }

  /** Whether {@code setresuid} would let the caller take {@code id}. */
  public boolean canSetUid(int id) {
    return capSetuid || id == uid || id == euid || id == suid;
  }

  /** Whether {@code setresgid} would let the caller take {@code id}. */
  public boolean canSetGid(int id) {
    return capSetgid || id == gid || id == egid || id == sgid;
  }

  /** Whether the caller may give an object the supplementary group {@code id}. */
  public boolean mayHaveGroup(int id) {
    return capSetgid || id == egid || Arrays.stream(groups).anyMatch(g -> g == id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c && uid == c.uid && euid == c.euid && suid == c.suid && gid == c.gid
        && egid == c.egid && sgid == c.sgid && Arrays.equals(groups, c.groups) && capSetuid == c.capSetuid
        && capSetgid == c.capSetgid;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new int[] {uid, euid, suid, gid, egid, sgid, Arrays.hashCode(groups),
        capSetuid ? 1 : 0, capSetgid ? 1 : 0});
  }

  @Override
  public String toString() {
    return "Caller[uid=" + Integer.toUnsignedString(uid) + ", gid=" + Integer.toUnsignedString(gid)
        + ", groups=" + Arrays.toString(groups) + (capSetuid ? ", CAP_SETUID" : "") + (capSetgid ? ", CAP_SETGID" : "") + "]";
  }
}
