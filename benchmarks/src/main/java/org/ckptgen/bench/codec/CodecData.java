package org.ckptgen.bench.codec;

import java.util.Arrays;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.GroupInfo;

/** The values every codec encodes and decodes: one credential, and 32 supplementary groups. */
final class CodecData {
  static final int CRED_TYPE = 0x0101;
  static final int CRED_SIZE = 88;
  static final int GROUPINFO_TYPE = 0x0102;
  static final int GROUPINFO_HEAD = 16;
  static final int NGROUPS_MAX = 65536;

  private CodecData() {}

  static Cred cred() {
    return new Cred(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 3, 4,
        new Capabilities(0, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0x1ff_ffff_ffffL, 0x2f));
  }

  static GroupInfo groupInfo() {
    int[] groups = new int[32];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = 100 + 37 * i;  // sorted, as the struct requires
    }
    return new GroupInfo(groups);
  }

  /**
   * Throws unless a hand-written codec wrote exactly the generated codec's bytes: the benchmarks
   * compare codecs only if they do the same work.
   */
  static void requireSameBytes(String what, byte[] expected, int expectedLength, byte[] actual, int actualLength) {
    if (expectedLength != actualLength
        || !Arrays.equals(expected, 0, expectedLength, actual, 0, actualLength)) {
      throw new IllegalStateException(what + " writes other bytes than the generated codec");
    }
  }

  /** Throws unless a codec decoded what was encoded. */
  static void requireDecoded(String what, Object expected, Object actual) {
    boolean equal = expected instanceof GroupInfo e && actual instanceof GroupInfo a
        ? Arrays.equals(e.groups(), a.groups())
        : expected.equals(actual);
    if (!equal) {
      throw new IllegalStateException(what + ": decoded " + actual + ", expected " + expected);
    }
  }
}
