package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlFormatAndSeparatorCharactersAreEscapedOthersKept() {
    assertEquals("a\\nb\\r\\t\\x1b[2J\\x7f\\x9b\\u202e\\u2028\\ufeff\\\\", Printable.escape("a\nb\r\t\u001b[2J\u007f\u009b\u202e\u2028\ufeff\\"));
    assertEquals("lone \\ud800 surrogate", Printable.escape("lone \ud800 surrogate"));
    assertEquals("tag \\U000e0041", Printable.escape("tag \udb40\udc41"));
    String plain = "système_u:object_r 😀 \"quoted\"";
    assertSame(plain, Printable.escape(plain), "nothing to escape: the same string");
    assertEquals("keeps \\x01 and \\ as they are\\n", Printable.line("keeps \\x01 and \\ as they are\n"));
  }

  @Test
  void anyStringBecomesOneLineWithoutControlCharacters() {
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x100) : random.nextInt(0x10000)));
      }
      for (String printed : new String[] {Printable.escape(s.toString()), Printable.line(s.toString())}) {
        printed.codePoints().forEach(cp -> {
          int type = Character.getType(cp);
          assertTrue(type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
              && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE, printed);
        });
        assertEquals(1, (printed + "x").lines().count(), printed);
      }
    }
  }
}
