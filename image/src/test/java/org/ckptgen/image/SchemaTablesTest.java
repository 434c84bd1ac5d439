package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaTablesTest {
  /** Random tables, written as the processor writes them, cut into parts at random lines, read back equal. */
  @Test
  void randomTablesReadBackAsWrittenInAnyParts() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      List<SchemaEntry> entries = new ArrayList<>();
      List<FieldEntry> fields = new ArrayList<>();
      List<EnumValue> enums = new ArrayList<>();
      List<SubsystemEntry> subsystems = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (int s = random.nextInt(30); s > 0; s--) {
        SchemaEntry e = new SchemaEntry(random.nextInt(0x10000), random.nextInt(1 << 20), 1 + random.nextInt(5),
            random.nextInt(4), name(random));
        entries.add(e);
        lines.add(String.format("struct 0x%04x %d %d %d %s", e.type(), e.size(), e.version(), e.flags(), e.name()));
        for (int m = random.nextInt(8); m > 0; m--) {
          // lengths and refs up to the u32 the image stores: the text holds them unsigned
          long length = random.nextBoolean() ? random.nextInt(100) : 0xffff_ffffL - random.nextInt(3);
          FieldEntry f = FieldEntry.of(entries.size() - 1, random.nextInt(4), random.nextInt(8), random.nextInt(3),
              random.nextInt(64), random.nextInt(1 << 16), random.nextInt(1 << 20), (int) length, random.nextInt(),
              1 + random.nextInt(3), name(random));
          fields.add(f);
          lines.add(String.format("  %d %d %d %d %d %d %d %d %d %s", f.role(), f.element(), f.arity(), f.flags(),
              f.elementSize(), f.offset(), length, Integer.toUnsignedLong(f.ref()), f.since(), f.name()));
        }
      }
      for (int c = random.nextInt(10); c > 0; c--) {
        EnumValue v = new EnumValue(random.nextInt(5), random.nextInt(), name(random));
        enums.add(v);
        lines.add("enum " + v.enumId() + " " + v.code() + " " + v.name());
      }
      for (int s = random.nextInt(5); s > 0; s--) {
        SubsystemEntry e = new SubsystemEntry(name(random), random.nextInt(0x10000), (short) random.nextInt(4),
            (short) random.nextInt(10));
        subsystems.add(e);
        lines.add(String.format("subsystem 0x%04x %d %d %s", e.stateType(), e.flags(), e.since(), e.name()));
      }
      List<String> parts = new ArrayList<>();
      StringBuilder part = new StringBuilder();
      for (String line : lines) {
        part.append(line).append('\n');
        if (random.nextInt(5) == 0) {
          parts.add(part.toString());
          part = new StringBuilder();
        }
      }
      parts.add(part.toString());

      SchemaTables tables = SchemaTables.parse(parts.toArray(new String[0]));
      assertArrayEquals(entries.toArray(), tables.entries());
      assertArrayEquals(fields.toArray(), tables.fields().fields());
      assertArrayEquals(enums.toArray(), tables.enums().values());
      assertArrayEquals(subsystems.toArray(), tables.subsystems().subsystems());
    }
  }

  @Test
  void eachCallGivesItsOwnArrays() {
    SchemaTables tables = SchemaTables.parse("struct 0x0101 16 1 0 ckpt_hdr_a\n  0 0 0 0 8 0 1 0 1 h\n");
    tables.entries()[0] = null;
    tables.fields().fields()[0] = null;
    assertEquals("ckpt_hdr_a", tables.entries()[0].name());
    assertEquals("h", tables.fields().fields()[0].name());
  }

  @Test
  void aBadLineIsOneErrorNamingIt() {
    for (String bad : new String[] {
        "  0 0 0 0 8 0 1 0 1\n", // a member without its name
        "struct 0x0101 16 1 0\n", // no name
        "struct 0x0101 16 1 0 a b\n", // more after the name
        "struct 0x0101 sixteen 1 0 a\n",
        "struct 0x0101 4294967296 1 0 a\n", // past 32 bits
        "table 1 2 3 x\n",
    }) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SchemaTables.parse("struct 0x0100 8 1 0 ok\n", bad));
      assertTrue(e.getMessage().startsWith("schema text, line 2 ("), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void aMemberBeforeAnyStructIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SchemaTables.parse("  0 0 0 0 8 0 1 0 1 h\n"));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("before any struct"), e.getMessage());
  }

  private static String name(Random random) {
    StringBuilder s = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    for (int i = random.nextInt(20); i > 0; i--) {
      s.append("abcdefghijklmnopqrstuvwxyz_0123456789".charAt(random.nextInt(37)));
    }
    return s.toString();
  }
}
