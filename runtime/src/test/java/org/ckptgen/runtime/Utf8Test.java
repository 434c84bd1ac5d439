package org.ckptgen.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static final String[] SAMPLES = {
    "", "system_u:system_r:container_t:s0", "é", "\u20ac uro", "😀 emoji", "mixed é\u20ac😀z",
  };

  @Test
  void encodesLikeTheJdk() {
    for (String s : SAMPLES) {
      byte[] expected = s.getBytes(StandardCharsets.UTF_8);
      assertEquals(expected.length, Utf8.encodedLength(s, "s"), s);
      ByteBuffer buf = ByteBuffer.allocate(expected.length + 4);
      Utf8.encode(s, buf, 2);
      byte[] written = new byte[expected.length];
      buf.get(2, written);
      assertArrayEquals(expected, written, s);
    }
  }

  @Test
  void decodesWhatItEncodes() throws CkptFormatException {
    for (String s : SAMPLES) {
      ByteBuffer buf = ByteBuffer.allocate(Utf8.encodedLength(s, "s"));
      Utf8.encode(s, buf, 0);
      assertEquals(s, Utf8.decode(buf, 0, buf.limit(), 0x101, "s"));
    }
  }

  @Test
  void rejectsWhatACStringCannotCarry() {
    IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
        () -> Utf8.encodedLength("ab\0c", "LsmLabel.label"));
    assertTrue(nul.getMessage().contains("LsmLabel.label contains a NUL character at index 2"), nul.getMessage());
    IllegalArgumentException surrogate = assertThrows(IllegalArgumentException.class,
        () -> Utf8.encodedLength("a\ud800", "s"));
    assertTrue(surrogate.getMessage().contains("unpaired surrogate at index 1"), surrogate.getMessage());
  }

  /** Random bytes, mostly ASCII: the same string as the JDK's strict decoder, or the same refusal. */
  @Test
  void decodesRandomBytesAsTheStrictDecoderDoes() throws CkptFormatException {
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : random.nextInt(128));
      }
      int at = random.nextInt(3);
      ByteBuffer buf = ByteBuffer.allocate(at + bytes.length + 2);
      buf.put(at, bytes);
      String expected;
      try {
        expected = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        expected = null;
      }
      String where = "seed " + seed + ", round " + round;
      if (expected == null) {
        CkptFormatException e = assertThrows(CkptFormatException.class,
            () -> Utf8.decode(buf, at, bytes.length, 0x101, "s"), where);
        assertEquals(at, e.offset(), where);
        assertEquals("s is not valid UTF-8", e.reason(), where);
      } else {
        assertEquals(expected, Utf8.decode(buf, at, bytes.length, 0x101, "s"), where);
      }
    }
  }

  @Test
  void malformedBytesAreABadImage() {
    ByteBuffer buf = ByteBuffer.wrap(new byte[] {'o', 'k', (byte) 0xc3, '(', 0});
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> Utf8.decode(buf, 0, 4, 0x105, "ckpt_hdr_lsm.label"));
    assertEquals(0x105, e.recordType());
    assertEquals(0, e.offset());
    assertEquals("ckpt_hdr_lsm.label is not valid UTF-8", e.reason());
  }
}
