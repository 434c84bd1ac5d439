package test;

import java.util.Arrays;
import org.ckptgen.annotations.*;

/** Encodes and decodes one value of each record and says what differs; the test calls it. */
public final class RoundTrip {
  private RoundTrip() {}

  public static String run() throws Exception {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(512);
    StringBuilder problems = new StringBuilder();

    Sink sink = new Sink((byte) -2, (byte) 0xfe, (short) -3, (short) 0xfffd, -4, 0xfffffffc, -5L,
        0xfffffffffffffffbL, true, Small.MAX, Mid.TOP, Wide.BIG, new Point((short) -1, (short) 0xffff),
        new short[] {1, (short) 0x8000, 3}, "ab\u00e9", new Point[] {new Point((short) 1, (short) 2), new Point((short) 3, (short) 4)},
        7, new int[] {1, 2, 0x80000000, 0xffffffff});
    int len = SinkCodec.INSTANCE.encode(sink, buf, 8);
    Sink back = SinkCodec.INSTANCE.decode(buf, 8);
    if (len != SinkCodec.SIZE + 16) problems.append("Sink len ").append(len).append('\n');
    if (!sink.point().equals(back.point()) || sink.s8() != back.s8() || sink.u8() != back.u8()
        || sink.s16() != back.s16() || sink.u16() != back.u16() || sink.s32() != back.s32()
        || sink.u32() != back.u32() || sink.s64() != back.s64() || sink.u64() != back.u64()
        || sink.flag() != back.flag() || sink.small() != back.small() || sink.mid() != back.mid()
        || sink.wide() != back.wide() || !Arrays.equals(sink.triple(), back.triple())
        || !sink.tag().equals(back.tag()) || !Arrays.equals(sink.points(), back.points())
        || sink.sharedRef() != back.sharedRef() || !Arrays.equals(sink.ids(), back.ids())) {
      problems.append("Sink: ").append(sink).append(" came back as ").append(back).append('\n');
    }

    StringBuilder refs = new StringBuilder();
    SinkCodec.INSTANCE.refs(sink, (objref, type, field) -> refs.append(objref).append(' ').append(type).append(' ').append(field));
    if (!refs.toString().equals("7 512 ckpt_hdr_sink.shared_ref")) problems.append("Sink refs: ").append(refs).append('\n');

    Text text = new Text((byte) 9, "label \u20ac");
    TextCodec.INSTANCE.encode(text, buf, 0);
    if (!text.equals(TextCodec.INSTANCE.decode(buf, 0))) problems.append("Text\n");

    Blob blob = new Blob(new byte[] {1, 2, 3, -1});
    BlobCodec.INSTANCE.encode(blob, buf, 0);
    if (!Arrays.equals(blob.data(), BlobCodec.INSTANCE.decode(buf, 0).data())) problems.append("Blob\n");

    Points points = new Points(new Point[] {new Point((short) 5, (short) 6)});
    PointsCodec.INSTANCE.encode(points, buf, 0);
    if (!Arrays.equals(points.pts(), PointsCodec.INSTANCE.decode(buf, 0).pts())) problems.append("Points\n");

    Outer.Inner inner = new Outer.Inner(-1L, new long[] {1, 2});
    Outer_InnerCodec.INSTANCE.encode(inner, buf, 0);
    Outer.Inner innerBack = Outer_InnerCodec.INSTANCE.decode(buf, 0);
    if (inner.a() != innerBack.a() || !Arrays.equals(inner.more(), innerBack.more())) problems.append("Inner\n");

    Shared shared = new Shared(42);
    SharedCodec.INSTANCE.encode(shared, buf, 0);
    if (!shared.equals(SharedCodec.INSTANCE.decode(buf, 0))) problems.append("Shared\n");

    // a ByteBuffer payload: written from the source's remaining bytes, position untouched;
    // read back as a read-only view of the buffer, not a copy
    java.nio.ByteBuffer source = java.nio.ByteBuffer.wrap(new byte[] {9, 8, 7, 6, 5});
    source.position(1);
    View view = new View(3, source);
    int viewLen = ViewCodec.INSTANCE.encode(view, buf, 0);
    View viewBack = ViewCodec.INSTANCE.decode(buf, 0);
    if (viewLen != 16 + 4 || source.position() != 1) problems.append("View len ").append(viewLen).append('\n');
    if (!viewBack.data().equals(java.nio.ByteBuffer.wrap(new byte[] {8, 7, 6, 5})) || !viewBack.data().isReadOnly()) {
      problems.append("View data ").append(viewBack.data()).append('\n');
    }
    buf.put(16, (byte) 42);
    if (viewBack.data().get(0) != 42) problems.append("View copied its payload\n");

    // evolution: a shorter record of an older version decodes with defaults for what it lacks,
    // and an older reader skips the fields of a newer record
    Evolving evolving = new Evolving(5, 6L, true, Small.MAX, "seven");
    if (EvolvingCodec.INSTANCE.encode(evolving, buf, 0) != 48 || EvolvingCodec.VERSION != 3 || EvolvingCodec.MIN_SIZE != 16) {
      problems.append("Evolving sizes\n");
    }
    if (!evolving.equals(EvolvingCodec.INSTANCE.decode(buf, 0))) problems.append("Evolving v3\n");
    buf.putInt(4, Integer.reverseBytes(32));  // as written by version 2
    if (!new Evolving(5, 6L, true, Small.ZERO, "").equals(EvolvingCodec.INSTANCE.decode(buf, 0))) problems.append("Evolving v2\n");
    buf.putInt(4, Integer.reverseBytes(16));  // as written by version 1
    if (!new Evolving(5, 0L, false, Small.ZERO, "").equals(EvolvingCodec.INSTANCE.decode(buf, 0))) problems.append("Evolving v1\n");
    buf.putInt(4, Integer.reverseBytes(12));  // shorter than version 1: corrupt
    try {
      EvolvingCodec.INSTANCE.decode(buf, 0);
      problems.append("a 12-byte Evolving was accepted\n");
    } catch (org.ckptgen.runtime.CkptFormatException expected) {
      // the record is shorter than its oldest version
    }
    EvolvingCodec.INSTANCE.encode(evolving, buf, 0);
    buf.putInt(0, Integer.reverseBytes(OldShapeCodec.TYPE));
    if (OldShapeCodec.INSTANCE.decode(buf, 0).a() != 5) problems.append("an old reader could not read a newer record\n");

    // an unknown enum code is a bad record, not an exception of another kind
    SinkCodec.INSTANCE.encode(sink, buf, 0);
    buf.put(42, (byte) 1);  // Mid at 42: 0xff01 is no Mid code
    try {
      SinkCodec.INSTANCE.decode(buf, 0);
      problems.append("Mid code 0xff01 was accepted\n");
    } catch (org.ckptgen.runtime.CkptFormatException e) {
      if (e.offset() != 42 || !e.reason().equals("ckpt_hdr_sink.mid has code 65281, which is no constant of its enum")) {
        problems.append("Mid code: ").append(e.getMessage()).append('\n');
      }
    }
    if (CasedCodec.OFFSET_AB != 8 || CasedCodec.OFFSET_AB_ != 12) {
      problems.append("Cased offsets: ").append(CasedCodec.OFFSET_AB).append(", ").append(CasedCodec.OFFSET_AB_).append('\n');
    }
    CasedCodec.INSTANCE.encode(new Cased(1, 2), buf, 0);
    if (org.ckptgen.runtime.LittleEndian.getInt(buf, CasedCodec.OFFSET_AB_) != 2) {
      problems.append("Cased: Ab is not at OFFSET_AB_\n");
    }
    return problems.toString();
  }
}
