package org.ckptgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void stringsAreEscapedAsRfc8259Says() {
    StringBuilder out = new StringBuilder();
    Json.string("a\"b\\c\nd\te\u0001f\u00e9\u20ac", out);
    assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\u00e9\u20ac\"", out.toString());
  }

  @Test
  void payloadsAreHexAndTheBufferDoesNotMove() {
    ByteBuffer data = ByteBuffer.wrap(new byte[] {0, 1, (byte) 0xab, (byte) 0xff});
    data.position(1);
    StringBuilder out = new StringBuilder();
    Json.hex(data, out);
    assertEquals("\"01abff\"", out.toString());
    assertEquals(1, data.position());
  }

  @Test
  void numbersAreWrittenAsTheJdkWritesThem() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 10_000; round++) {
      long v = round < 8 ? new long[] {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 255, -128, 65535}[round] : random.nextLong();
      byte b = (byte) v;
      short s = (short) v;
      int i = (int) v;
      String at = "seed " + seed + ", value " + v;
      assertEquals("k" + Byte.toUnsignedInt(b), one(out -> Json.unsigned(out, "k", b, 1)), at);
      assertEquals("k" + Short.toUnsignedInt(s), one(out -> Json.unsigned(out, "k", s, 2)), at);
      assertEquals("k" + Integer.toUnsignedString(i), one(out -> Json.unsigned(out, "k", i, 4)), at);
      assertEquals("k" + Long.toUnsignedString(v), one(out -> Json.unsigned(out, "k", v, 8)), at);
      assertEquals("k" + b + s + i + v,
          one(out -> { Json.signed(out, "k", b); Json.signed(out, "", s); Json.signed(out, "", i); Json.signed(out, "", v); }), at);
      assertEquals("a[" + Byte.toUnsignedInt(b) + ",0]", one(out -> Json.unsignedBytes(out, "a", new byte[] {b, 0})), at);
      assertEquals("a[" + b + ",0]", one(out -> Json.signedBytes(out, "a", new byte[] {b, 0})), at);
      assertEquals("a[" + Short.toUnsignedInt(s) + "]", one(out -> Json.unsignedShorts(out, "a", new short[] {s})), at);
      assertEquals("a[" + s + "]", one(out -> Json.signedShorts(out, "a", new short[] {s})), at);
      assertEquals("a[" + Integer.toUnsignedString(i) + "," + Integer.toUnsignedString(~i) + "]",
          one(out -> Json.unsignedInts(out, "a", new int[] {i, ~i})), at);
      assertEquals("a[" + i + "]", one(out -> Json.signedInts(out, "a", new int[] {i})), at);
      assertEquals("a[" + Long.toUnsignedString(v) + "]", one(out -> Json.unsignedLongs(out, "a", new long[] {v})), at);
      assertEquals("a[" + v + "]", one(out -> Json.signedLongs(out, "a", new long[] {v})), at);
    }
  }

  @Test
  void emptyArraysBooleansAndNames() {
    assertEquals("a[]", one(out -> Json.unsignedInts(out, "a", new int[0])));
    assertEquals("a[true,false]b:false", one(out -> {
      Json.bools(out, "a", new boolean[] {true, false});
      Json.bool(out, "b:", false);
    }));
    assertEquals("a[\"SECONDS\",\"DAYS\"],\"u\":\"HOURS\"", one(out -> {
      Json.names(out, "a", new java.util.concurrent.TimeUnit[] {java.util.concurrent.TimeUnit.SECONDS,
          java.util.concurrent.TimeUnit.DAYS});
      Json.name(out, ",\"u\":", java.util.concurrent.TimeUnit.HOURS);
    }));
    assertEquals("k\"x\\\"\"h\"00ff\"", one(out -> {
      Json.string(out, "k", "x\"");
      Json.hex(out, "h", new byte[] {0, -1});
    }));
  }

  private interface Writes {
    void to(StringBuilder out);
  }

  private static String one(Writes w) {
    StringBuilder out = new StringBuilder();
    w.to(out);
    return out.toString();
  }
}
