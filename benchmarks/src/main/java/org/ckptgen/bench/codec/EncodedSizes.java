package org.ckptgen.bench.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.agrona.concurrent.UnsafeBuffer;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;

/**
 * Checks that every codec of the benchmarks round-trips the same values, and that the two
 * hand-written codecs write exactly the generated codec's bytes; then prints each codec's encoded
 * size. Fails on any difference, so that the benchmarks compare like with like.
 *
 * <p>usage: {@code java -cp benchmarks.jar org.ckptgen.bench.codec.EncodedSizes}
 */
public final class EncodedSizes {
  private EncodedSizes() {}

  public static void main(String[] args) throws Exception {
    System.out.print(table());
  }

  /**
   * The encoded sizes as a Markdown table, after checking that every codec round-trips both
   * records and that the hand-written codecs write the generated codec's bytes.
   *
   * @throws IllegalStateException if a codec does not
   */
  public static String table() throws Exception {
    Cred cred = CodecData.cred();
    GroupInfo groups = CodecData.groupInfo();
    SbeCodec sbe = new SbeCodec();

    ByteBuffer generated = ByteBuffer.allocate(512);
    ByteBuffer hand = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    byte[] varHandle = new byte[512];
    UnsafeBuffer sbeBuffer = new UnsafeBuffer(new byte[512]);
    byte[] proto = new byte[512];

    int[] credSizes = {
        CredCodec.encode(cred, generated, 0), HandByteBufferCodec.encode(cred, hand, 0),
        HandVarHandleCodec.encode(cred, varHandle, 0), sbe.encode(cred, sbeBuffer), ProtoCodec.encode(cred, proto)};
    same("cred, hand-written ByteBuffer", generated, hand.array(), credSizes[0], credSizes[1]);
    same("cred, hand-written VarHandle", generated, varHandle, credSizes[0], credSizes[2]);
    check("cred", cred, CredCodec.decode(generated, 0));
    check("cred", cred, HandByteBufferCodec.decodeCred(hand, 0));
    check("cred", cred, HandVarHandleCodec.decodeCred(varHandle, 0));
    check("cred", cred, sbe.decodeCred(sbeBuffer));
    check("cred", cred, ProtoCodec.decodeCred(proto, credSizes[4]));

    int[] groupSizes = {
        GroupInfoCodec.encode(groups, generated, 0), HandByteBufferCodec.encode(groups, hand, 0),
        HandVarHandleCodec.encode(groups, varHandle, 0), sbe.encode(groups, sbeBuffer), ProtoCodec.encode(groups, proto)};
    same("groupinfo, hand-written ByteBuffer", generated, hand.array(), groupSizes[0], groupSizes[1]);
    same("groupinfo, hand-written VarHandle", generated, varHandle, groupSizes[0], groupSizes[2]);
    check("groupinfo", groups.groups(), GroupInfoCodec.decode(generated, 0).groups());
    check("groupinfo", groups.groups(), HandByteBufferCodec.decodeGroupInfo(hand, 0).groups());
    check("groupinfo", groups.groups(), HandVarHandleCodec.decodeGroupInfo(varHandle, 0).groups());
    check("groupinfo", groups.groups(), sbe.decodeGroupInfo(sbeBuffer).groups());
    check("groupinfo", groups.groups(), ProtoCodec.decodeGroupInfo(proto, groupSizes[4]).groups());

    StringBuilder out = new StringBuilder();
    out.append("| codec | cred (bytes) | groupinfo, 32 groups (bytes) |\n|---|---:|---:|\n");
    String[] names = {"ckptgen (generated)", "hand-written ByteBuffer", "hand-written VarHandle",
        "SBE (with its 8-byte message header)", "protobuf-java"};
    for (int i = 0; i < names.length; i++) {
      out.append("| ").append(names[i]).append(" | ").append(credSizes[i]).append(" | ").append(groupSizes[i])
          .append(" |\n");
    }
    return out.toString();
  }

  private static void same(String what, ByteBuffer expected, byte[] actual, int expectedLength, int actualLength) {
    byte[] want = Arrays.copyOf(expected.array(), expectedLength);
    if (expectedLength != actualLength || !Arrays.equals(want, Arrays.copyOf(actual, actualLength))) {
      fail(what + " writes other bytes than the generated codec");
    }
  }

  private static void check(String what, Object expected, Object actual) {
    boolean equal = expected instanceof int[] e ? Arrays.equals(e, (int[]) actual) : expected.equals(actual);
    if (!equal) {
      fail(what + ": decoded " + actual + ", expected " + expected);
    }
  }

  private static void fail(String message) {
    throw new IllegalStateException("EncodedSizes: " + message);
  }
}
