package org.ckptgen.bench.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * <p>usage: {@code java -cp benchmarks.jar org.ckptgen.bench.codec.EncodedSizes}. Agrona, under
 * SBE, needs {@code jdk.internal.misc}, which {@code java -jar} gets from the jar's manifest but
 * {@code java -cp} does not; without it, this runs itself again in a JVM that exports it.
 */
public final class EncodedSizes {
  private EncodedSizes() {}

  public static void main(String[] args) throws Exception {
    if (!Object.class.getModule().isExported("jdk.internal.misc", EncodedSizes.class.getModule())) {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
          "-cp", System.getProperty("java.class.path"), EncodedSizes.class.getName()));
      command.addAll(Arrays.asList(args));
      System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }
    System.out.print(table());
    System.out.println("round trip OK: every codec decodes both records to the values encoded, and the hand-written"
        + " codecs write the generated codec's bytes");
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
        CredCodec.INSTANCE.encode(cred, generated, 0), HandByteBufferCodec.encode(cred, hand, 0),
        HandVarHandleCodec.encode(cred, varHandle, 0), sbe.encode(cred, sbeBuffer), ProtoCodec.encode(cred, proto)};
    CodecData.requireSameBytes("cred, hand-written ByteBuffer", generated.array(), credSizes[0], hand.array(), credSizes[1]);
    CodecData.requireSameBytes("cred, hand-written VarHandle", generated.array(), credSizes[0], varHandle, credSizes[2]);
    CodecData.requireDecoded("cred, ckptgen", cred, CredCodec.INSTANCE.decode(generated, 0));
    CodecData.requireDecoded("cred, hand-written ByteBuffer", cred, HandByteBufferCodec.decodeCred(hand, 0));
    CodecData.requireDecoded("cred, hand-written VarHandle", cred, HandVarHandleCodec.decodeCred(varHandle, 0));
    CodecData.requireDecoded("cred, SBE", cred, sbe.decodeCred(sbeBuffer));
    CodecData.requireDecoded("cred, protobuf", cred, ProtoCodec.decodeCred(proto, credSizes[4]));

    int[] groupSizes = {
        GroupInfoCodec.INSTANCE.encode(groups, generated, 0), HandByteBufferCodec.encode(groups, hand, 0),
        HandVarHandleCodec.encode(groups, varHandle, 0), sbe.encode(groups, sbeBuffer), ProtoCodec.encode(groups, proto)};
    CodecData.requireSameBytes("groupinfo, hand-written ByteBuffer", generated.array(), groupSizes[0], hand.array(),
        groupSizes[1]);
    CodecData.requireSameBytes("groupinfo, hand-written VarHandle", generated.array(), groupSizes[0], varHandle,
        groupSizes[2]);
    CodecData.requireDecoded("groupinfo, ckptgen", groups, GroupInfoCodec.INSTANCE.decode(generated, 0));
    CodecData.requireDecoded("groupinfo, hand-written ByteBuffer", groups, HandByteBufferCodec.decodeGroupInfo(hand, 0));
    CodecData.requireDecoded("groupinfo, hand-written VarHandle", groups, HandVarHandleCodec.decodeGroupInfo(varHandle, 0));
    CodecData.requireDecoded("groupinfo, SBE", groups, sbe.decodeGroupInfo(sbeBuffer));
    CodecData.requireDecoded("groupinfo, protobuf", groups, ProtoCodec.decodeGroupInfo(proto, groupSizes[4]));

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
}
