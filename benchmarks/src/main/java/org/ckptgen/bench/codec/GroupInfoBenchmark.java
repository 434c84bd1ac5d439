package org.ckptgen.bench.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.ckptgen.example.container.GroupInfo;
import org.ckptgen.example.container.GroupInfoCodec;
import org.ckptgen.runtime.CkptFormatException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The groupinfo record with 32 groups (144 bytes: header, count, padding, sorted gids), encoded
 * into and decoded from reused buffers by each codec. Every decode returns a {@link GroupInfo}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")  // for Agrona, under SBE
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class GroupInfoBenchmark {
  private final GroupInfo value = CodecData.groupInfo();
  private final ByteBuffer buffer = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer direct = ByteBuffer.allocateDirect(256);
  private final byte[] array = new byte[256];
  private final UnsafeBuffer sbeBuffer = new UnsafeBuffer(new byte[256]);
  private final SbeCodec sbe = new SbeCodec();
  private final byte[] protoBytes = new byte[256];
  private final ByteBuffer encoded = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
  private final byte[] encodedArray = new byte[256];
  private final UnsafeBuffer sbeEncoded = new UnsafeBuffer(new byte[256]);
  private final byte[] protoEncoded = new byte[256];
  private int protoLength;

  /**
   * Encodes the value once for the decoders, and fails the trial unless both hand-written codecs
   * write the generated codec's bytes and every decoder gives the value back.
   */
  @Setup(Level.Trial)
  public void encodeOnce() throws IOException, CkptFormatException {
    int length = GroupInfoCodec.INSTANCE.encode(value, encoded, 0);
    encoded.get(0, encodedArray, 0, length);
    CodecData.requireSameBytes("groupinfo, hand-written ByteBuffer", encodedArray, length, buffer.array(),
        HandByteBufferCodec.encode(value, buffer, 0));
    CodecData.requireSameBytes("groupinfo, hand-written VarHandle", encodedArray, length, array,
        HandVarHandleCodec.encode(value, array, 0));
    sbe.encode(value, sbeEncoded);
    protoLength = ProtoCodec.encode(value, protoEncoded);
    CodecData.requireDecoded("groupinfo, ckptgen", value, decode_ckptgen());
    CodecData.requireDecoded("groupinfo, hand-written ByteBuffer", value, decode_handByteBuffer());
    CodecData.requireDecoded("groupinfo, hand-written VarHandle", value, decode_handVarHandle());
    CodecData.requireDecoded("groupinfo, SBE", value, decode_sbe());
    CodecData.requireDecoded("groupinfo, protobuf", value, decode_protobuf());
  }

  @Benchmark
  public int encode_ckptgen() {
    return GroupInfoCodec.INSTANCE.encode(value, buffer, 0);
  }

  /** The image writer's case: it encodes into a direct buffer. */
  @Benchmark
  public int encode_ckptgenDirect() {
    return GroupInfoCodec.INSTANCE.encode(value, direct, 0);
  }

  @Benchmark
  public int encode_handByteBuffer() {
    return HandByteBufferCodec.encode(value, buffer, 0);
  }

  @Benchmark
  public int encode_handVarHandle() {
    return HandVarHandleCodec.encode(value, array, 0);
  }

  @Benchmark
  public int encode_sbe() {
    return sbe.encode(value, sbeBuffer);
  }

  @Benchmark
  public int encode_protobuf() throws IOException {
    return ProtoCodec.encode(value, protoBytes);
  }

  @Benchmark
  public GroupInfo decode_ckptgen() throws CkptFormatException {
    return GroupInfoCodec.INSTANCE.decode(encoded, 0);
  }

  @Benchmark
  public GroupInfo decode_handByteBuffer() throws CkptFormatException {
    return HandByteBufferCodec.decodeGroupInfo(encoded, 0);
  }

  @Benchmark
  public GroupInfo decode_handVarHandle() throws CkptFormatException {
    return HandVarHandleCodec.decodeGroupInfo(encodedArray, 0);
  }

  @Benchmark
  public GroupInfo decode_sbe() {
    return sbe.decodeGroupInfo(sbeEncoded);
  }

  @Benchmark
  public GroupInfo decode_protobuf() throws IOException {
    return ProtoCodec.decodeGroupInfo(protoEncoded, protoLength);
  }
}
