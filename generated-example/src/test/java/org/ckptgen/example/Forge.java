package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.CRC32C;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.ckptgen.runtime.CkptFormatException;

/**
 * What a forger does: edits an image's records, or its bytes, and seals it again with a valid
 * CRC32C trailer, so that the edit reaches the whole-image check and the hooks.
 */
public final class Forge {
  private Forge() {}

  static Path checkpoint(Model.Container c, Path file) throws Exception {
    Main.dispatch(c).checkpoint(file);
    return file;
  }

  /** {@code in} with {@code edit}'s records, sealed again, at {@code out}. */
  static Path edit(Path in, Path out, ContainerImageReader.Edit edit) throws Exception {
    ContainerImageReader.rewrite(in, out, edit);
    return out;
  }

  /** {@code image} with its trailer's CRC32C recomputed over what precedes the trailer. */
  static byte[] reseal(byte[] image) {
    int trailer = image.length - TrailerCodec.SIZE;
    CRC32C crc = new CRC32C();
    crc.update(image, 0, trailer);
    ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(trailer + 32, (int) crc.getValue());
    return image;
  }

  static void putInt(byte[] image, int at, int value) {
    ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
  }

  /** How a restore ended: the container it filled, or the one exception it threw. */
  record Outcome(Model.Container restored, Exception failure) {
    boolean ok() {
      return failure == null;
    }

    String why() {
      return failure == null ? "restored" : failure.getMessage();
    }
  }

  /**
   * Restores {@code image} into a fresh container. Only two failures are allowed, a
   * CkptFormatException or one RestoreException, and after either the container is as it was.
   */
  static Outcome restore(Path image, Caller caller, Set<RestoreContext.Flag> flags) {
    Model.Container target = new Model.Container();
    String before = SampleContainer.describe(target);
    try {
      Main.dispatch(target).restore(image, caller, flags);
      return new Outcome(target, null);
    } catch (CkptFormatException | RestoreException e) {
      assertEquals(before, SampleContainer.describe(target), "a failed restore changed the container: " + e);
      return new Outcome(null, e);
    } catch (Throwable t) {
      throw new AssertionError("a restore ended with neither success nor one clean exception: " + t, t);
    }
  }

  /**
   * Fails unless {@code c} holds nothing {@code caller}, unprivileged and without KEEP_LSM, did not
   * hold already: ids, groups, capabilities, users in the caller's namespace, the caller's label.
   */
  public static void nothingGained(Model.Container c, Caller caller) {
    for (Model.Task t : c.tasks) {
      for (Model.Credential cred : new Model.Credential[] {t.cred, t.ecred}) {
        int[] uids = {cred.uid, cred.euid, cred.suid};
        int[] gids = {cred.gid, cred.egid, cred.sgid};
        for (int uid : uids) {
          require(caller.canSetUid(uid), "uid " + uid);
        }
        for (int gid : gids) {
          require(caller.canSetGid(gid), "gid " + gid);
        }
        require(caller.canSetFsuid(cred.fsuid) && caller.canSetFsgid(cred.fsgid), "fs ids");
        for (int g : cred.groups.ids) {
          require(caller.mayHaveGroup(g), "group " + g);
        }
        Capabilities k = cred.caps;
        require((k.capPMask() & ~caller.capPermitted()) == 0, "permitted " + Long.toHexString(k.capPMask()));
        require((k.capEMask() & ~k.capPMask()) == 0, "effective");
        require((k.capIMask() & ~(caller.capInheritable() | caller.capPermitted())) == 0, "inheritable");
        require(k.capBsetMask() == caller.capBounding(), "bounding");
        require(k.securebits() == caller.securebits(), "securebits");
        for (Model.User u = cred.user; u != null; u = u.ns.creator) {
          require(u.ns.creator == null && caller.canSetUid(u.uid), "user " + u.uid + " at level " + u.ns.level);
        }
      }
      require(t.label.text.equals("unconfined"), "label " + t.label.text);
    }
  }

  private static void require(boolean held, String what) {
    if (!held) {
      fail("a forged image gave the caller what it did not hold: " + what);
    }
  }

  /** {@code c} with the capability set {@code set} (0 inheritable, 1 permitted, 2 effective, 3 bounding) as {@code mask}. */
  static Capabilities withSet(Capabilities c, int set, long mask) {
    return new Capabilities(set == 0 ? mask : c.capIMask(), set == 1 ? mask : c.capPMask(),
        set == 2 ? mask : c.capEMask(), set == 3 ? mask : c.capBsetMask(), c.securebits());
  }

  static long set(Capabilities c, int set) {
    return switch (set) {
      case 0 -> c.capIMask();
      case 1 -> c.capPMask();
      case 2 -> c.capEMask();
      default -> c.capBsetMask();
    };
  }

  /** {@code c} with capability sets {@code k}. */
  static Cred withCaps(Cred c, Capabilities k) {
    return new Cred(c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid(), c.userRef(),
        c.groupinfoRef(), k);
  }

  /** {@code c} with id field {@code field} (uid, suid, euid, fsuid, gid, sgid, egid, fsgid) as {@code id}. */
  static Cred withId(Cred c, int field, int id) {
    int[] ids = {c.uid(), c.suid(), c.euid(), c.fsuid(), c.gid(), c.sgid(), c.egid(), c.fsgid()};
    ids[field] = id;
    return new Cred(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], c.userRef(), c.groupinfoRef(),
        c.capS());
  }

  static byte[] bytes(Path p) throws Exception {
    return Files.readAllBytes(p);
  }
}
