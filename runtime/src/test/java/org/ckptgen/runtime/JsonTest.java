package org.ckptgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
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
}
