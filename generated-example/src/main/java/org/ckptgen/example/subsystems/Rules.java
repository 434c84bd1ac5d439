package org.ckptgen.example.subsystems;

import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.image.Caller;

/**
 * The seeds' rules for what a restore may set (Morton's review, Laadan's and Hallyn's answer):
 * an unprivileged caller may only restore ids it could {@code setresuid}/{@code setresgid} to,
 * and only groups it is in unless it holds CAP_SETGID.
 */
final class Rules {
  static final int EPERM = 1;
  static final int EINVAL = 22;

  private Rules() {}

  /** Why the caller may not restore {@code c}'s ids, or null if it may. */
  static String ids(Caller caller, Cred c) {
    for (int uid : new int[] {c.uid(), c.suid(), c.euid(), c.fsuid()}) {
      if (!caller.canSetUid(uid)) {
        return "uid " + Integer.toUnsignedString(uid) + " is not one the caller could setresuid to";
      }
    }
    for (int gid : new int[] {c.gid(), c.sgid(), c.egid(), c.fsgid()}) {
      if (!caller.canSetGid(gid)) {
        return "gid " + Integer.toUnsignedString(gid) + " is not one the caller could setresgid to";
      }
    }
    return null;
  }

  /** Why the caller may not give these groups, or null if it may. */
  static String groups(Caller caller, GroupInfo g) {
    for (int gid : g.groups()) {
      if (!caller.mayHaveGroup(gid)) {
        return "group " + Integer.toUnsignedString(gid) + " is not one the caller is in, and it lacks CAP_SETGID";
      }
    }
    return null;
  }

  /** Throws if {@code why} says something is not allowed. */
  static void require(String why) {
    if (why != null) {
      throw new SecurityException(why);
    }
  }
}
