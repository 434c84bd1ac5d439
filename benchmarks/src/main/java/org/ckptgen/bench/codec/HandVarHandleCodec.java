package org.ckptgen.bench.codec;

import static org.ckptgen.bench.codec.CodecData.CRED_SIZE;
import static org.ckptgen.bench.codec.CodecData.CRED_TYPE;
import static org.ckptgen.bench.codec.CodecData.GROUPINFO_HEAD;
import static org.ckptgen.bench.codec.CodecData.GROUPINFO_TYPE;
import static org.ckptgen.bench.codec.CodecData.NGROUPS_MAX;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The same hand-written codec over a {@code byte[]} through little-endian view var handles: plain
 * loads and stores with one bounds check each, the practical limit for Java.
 */
final class HandVarHandleCodec {
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private HandVarHandleCodec() {}

  static int encode(Cred v, byte[] buf, int at) {
    Capabilities c = Objects.requireNonNull(v.capS(), "capS");
    Objects.checkFromIndexSize(at, CRED_SIZE, buf.length);  // all or nothing, as the generated codec
    INT.set(buf, at, CRED_TYPE);
    INT.set(buf, at + 4, CRED_SIZE);
    INT.set(buf, at + 8, v.uid());
    INT.set(buf, at + 12, v.suid());
    INT.set(buf, at + 16, v.euid());
    INT.set(buf, at + 20, v.fsuid());
    INT.set(buf, at + 24, v.gid());
    INT.set(buf, at + 28, v.sgid());
    INT.set(buf, at + 32, v.egid());
    INT.set(buf, at + 36, v.fsgid());
    INT.set(buf, at + 40, v.userRef());
    INT.set(buf, at + 44, v.groupinfoRef());
    LONG.set(buf, at + 48, c.capIMask());
    LONG.set(buf, at + 56, c.capPMask());
    LONG.set(buf, at + 64, c.capEMask());
    LONG.set(buf, at + 72, c.capBsetMask());
    INT.set(buf, at + 80, c.securebits());
    INT.set(buf, at + 84, 0);
    return CRED_SIZE;
  }

  static Cred decodeCred(byte[] buf, int at) throws CkptFormatException {
    header(buf, at, CRED_TYPE, CRED_SIZE);
    if ((int) INT.get(buf, at + 84) != 0) {
      throw new CkptFormatException(at + 84, CRED_TYPE, "padding is not zero");
    }
    return new Cred((int) INT.get(buf, at + 8), (int) INT.get(buf, at + 12), (int) INT.get(buf, at + 16),
        (int) INT.get(buf, at + 20), (int) INT.get(buf, at + 24), (int) INT.get(buf, at + 28),
        (int) INT.get(buf, at + 32), (int) INT.get(buf, at + 36), ref(buf, at + 40), ref(buf, at + 44),
        new Capabilities((long) LONG.get(buf, at + 48), (long) LONG.get(buf, at + 56), (long) LONG.get(buf, at + 64),
            (long) LONG.get(buf, at + 72), (int) INT.get(buf, at + 80)));
  }

  static int encode(GroupInfo v, byte[] buf, int at) {
    int[] groups = v.groups();
    if (groups.length > NGROUPS_MAX) {
      throw new IllegalArgumentException("too many groups: " + groups.length);
    }
    for (int i = 1; i < groups.length; i++) {
      if (Integer.compareUnsigned(groups[i - 1], groups[i]) > 0) {
        throw new IllegalArgumentException("groups are not sorted at " + i);
      }
    }
    int len = GROUPINFO_HEAD + 4 * groups.length;
    Objects.checkFromIndexSize(at, len, buf.length);
    INT.set(buf, at, GROUPINFO_TYPE);
    INT.set(buf, at + 4, len);
    INT.set(buf, at + 8, groups.length);
    INT.set(buf, at + 12, 0);
    for (int i = 0; i < groups.length; i++) {
      INT.set(buf, at + 16 + 4 * i, groups[i]);
    }
    return len;
  }

  static GroupInfo decodeGroupInfo(byte[] buf, int at) throws CkptFormatException {
    int len = header(buf, at, GROUPINFO_TYPE, GROUPINFO_HEAD);
    long n = Integer.toUnsignedLong((int) INT.get(buf, at + 8));
    if (n > NGROUPS_MAX || GROUPINFO_HEAD + 4 * n > len) {
      throw new CkptFormatException(at + 8, GROUPINFO_TYPE, "ngroups " + n + " is out of bounds");
    }
    if ((int) INT.get(buf, at + 12) != 0) {
      throw new CkptFormatException(at + 12, GROUPINFO_TYPE, "padding is not zero");
    }
    int[] groups = new int[(int) n];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = (int) INT.get(buf, at + 16 + 4 * i);
      if (i > 0 && Integer.compareUnsigned(groups[i - 1], groups[i]) > 0) {
        throw new CkptFormatException(at + 16 + 4 * i, GROUPINFO_TYPE, "groups are not sorted");
      }
    }
    return new GroupInfo(groups);
  }

  private static int header(byte[] buf, int at, int type, int min) throws CkptFormatException {
    if (at < 0 || buf.length - at < 8) {
      throw new CkptFormatException(at, type, "no room for a header");
    }
    if ((int) INT.get(buf, at) != type) {
      throw new CkptFormatException(at, type, "wrong type");
    }
    int len = (int) INT.get(buf, at + 4);
    if (len < min || len > buf.length - at) {
      throw new CkptFormatException(at + 4, type, "bad length " + len);
    }
    return len;
  }

  private static int ref(byte[] buf, int at) throws CkptFormatException {
    int ref = (int) INT.get(buf, at);
    if (ref < 0) {
      throw new CkptFormatException(at, CRED_TYPE, "negative objref");
    }
    return ref;
  }
}
