package org.ckptgen.bench.codec;

import static org.ckptgen.bench.codec.CodecData.CRED_SIZE;
import static org.ckptgen.bench.codec.CodecData.CRED_TYPE;
import static org.ckptgen.bench.codec.CodecData.GROUPINFO_HEAD;
import static org.ckptgen.bench.codec.CodecData.GROUPINFO_TYPE;
import static org.ckptgen.bench.codec.CodecData.NGROUPS_MAX;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The two records coded by hand over a little-endian {@link ByteBuffer}: the same bytes and the
 * same checks as the generated codecs (header, length, padding, objrefs, bound, order), written
 * as a careful engineer would without a generator.
 */
final class HandByteBufferCodec {
  private HandByteBufferCodec() {}

  /** {@code buf} must be in little-endian order. */
  static int encode(Cred v, ByteBuffer buf, int at) {
    Capabilities c = Objects.requireNonNull(v.capS(), "capS");
    Objects.checkFromIndexSize(at, CRED_SIZE, buf.limit());  // all or nothing, as the generated codec
    buf.putInt(at, CRED_TYPE);
    buf.putInt(at + 4, CRED_SIZE);
    buf.putInt(at + 8, v.uid());
    buf.putInt(at + 12, v.suid());
    buf.putInt(at + 16, v.euid());
    buf.putInt(at + 20, v.fsuid());
    buf.putInt(at + 24, v.gid());
    buf.putInt(at + 28, v.sgid());
    buf.putInt(at + 32, v.egid());
    buf.putInt(at + 36, v.fsgid());
    buf.putInt(at + 40, v.userRef());
    buf.putInt(at + 44, v.groupinfoRef());
    buf.putLong(at + 48, c.capIMask());
    buf.putLong(at + 56, c.capPMask());
    buf.putLong(at + 64, c.capEMask());
    buf.putLong(at + 72, c.capBsetMask());
    buf.putInt(at + 80, c.securebits());
    buf.putInt(at + 84, 0);
    return CRED_SIZE;
  }

  static Cred decodeCred(ByteBuffer buf, int at) throws CkptFormatException {
    header(buf, at, CRED_TYPE, CRED_SIZE);
    if (buf.getInt(at + 84) != 0) {
      throw new CkptFormatException(at + 84, CRED_TYPE, "padding is not zero");
    }
    return new Cred(buf.getInt(at + 8), buf.getInt(at + 12), buf.getInt(at + 16), buf.getInt(at + 20),
        buf.getInt(at + 24), buf.getInt(at + 28), buf.getInt(at + 32), buf.getInt(at + 36),
        ref(buf, at + 40), ref(buf, at + 44),
        new Capabilities(buf.getLong(at + 48), buf.getLong(at + 56), buf.getLong(at + 64), buf.getLong(at + 72),
            buf.getInt(at + 80)));
  }

  static int encode(GroupInfo v, ByteBuffer buf, int at) {
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
    Objects.checkFromIndexSize(at, len, buf.limit());
    buf.putInt(at, GROUPINFO_TYPE);
    buf.putInt(at + 4, len);
    buf.putInt(at + 8, groups.length);
    buf.putInt(at + 12, 0);
    for (int i = 0; i < groups.length; i++) {
      buf.putInt(at + 16 + 4 * i, groups[i]);
    }
    return len;
  }

  static GroupInfo decodeGroupInfo(ByteBuffer buf, int at) throws CkptFormatException {
    int len = header(buf, at, GROUPINFO_TYPE, GROUPINFO_HEAD);
    long n = Integer.toUnsignedLong(buf.getInt(at + 8));
    if (n > NGROUPS_MAX || GROUPINFO_HEAD + 4 * n > len) {
      throw new CkptFormatException(at + 8, GROUPINFO_TYPE, "ngroups " + n + " is out of bounds");
    }
    if (buf.getInt(at + 12) != 0) {
      throw new CkptFormatException(at + 12, GROUPINFO_TYPE, "padding is not zero");
    }
    int[] groups = new int[(int) n];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = buf.getInt(at + 16 + 4 * i);
      if (i > 0 && Integer.compareUnsigned(groups[i - 1], groups[i]) > 0) {
        throw new CkptFormatException(at + 16 + 4 * i, GROUPINFO_TYPE, "groups are not sorted");
      }
    }
    return new GroupInfo(groups);
  }

  private static int header(ByteBuffer buf, int at, int type, int min) throws CkptFormatException {
    if (at < 0 || buf.limit() - at < 8) {
      throw new CkptFormatException(at, type, "no room for a header");
    }
    if (buf.getInt(at) != type) {
      throw new CkptFormatException(at, type, "wrong type");
    }
    int len = buf.getInt(at + 4);
    if (len < min || len > buf.limit() - at) {
      throw new CkptFormatException(at + 4, type, "bad length " + len);
    }
    return len;
  }

  private static int ref(ByteBuffer buf, int at) throws CkptFormatException {
    int ref = buf.getInt(at);
    if (ref < 0) {
      throw new CkptFormatException(at, CRED_TYPE, "negative objref");
    }
    return ref;
  }
}
