package org.ckptgen.example.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.TreeMap;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageReader;
import org.ckptgen.runtime.RecordCodec;
import org.ckptgen.image.RecordView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of 2,100 record structs, past the 256 a generated method lists and the 2,048 a
 * generated class holds: the schema's codec constants (in interfaces the schema class
 * implements), tables, JSON switch and class lookup, the reader's visit switch (in nested
 * classes) and its Visitor and Edit (extending interfaces of parts), are made in parts. Every record still finds its codec by class and by type, round-trips, prints the same
 * JSON typed and generic, and reaches its own visitor method; the image's tables check out.
 */
class LargeSchemaTest {
  @Test
  void theConstantsAndVisitorMethodsOfEveryPartKeepTheirNames(@TempDir Path dir) throws Exception {
    // named as in a small schema, whichever part declares them
    assertEquals(0x2000, LargeImageSchema.LARGE_STRUCTS_L0.type());
    assertEquals(0x2000 + 2047, LargeImageSchema.LARGE_STRUCTS_L2047.type());
    assertEquals(0x2000 + 2048, LargeImageSchema.LARGE_STRUCTS_L2048.type());
    assertEquals(0x2000 + 2099, LargeImageSchema.LARGE_STRUCTS_L2099.type());
    assertEquals(2, LargeImageSchema.class.getInterfaces().length, "two parts of constants");
    assertEquals(2, LargeImageReader.Visitor.class.getInterfaces().length, "two parts of methods");
    Path image = dir.resolve("large.ckpt");
    LargeImages.write(image);
    java.util.List<String> seen = new java.util.ArrayList<>();
    LargeImageReader.Visitor visitor = new LargeImageReader.Visitor() {
      @Override
      public void largeStructsL0(long position, LargeStructs.L0 value) {
        seen.add("L0 " + value.a());
      }

      @Override
      public void largeStructsL2048(long position, LargeStructs.L2048 value) {
        seen.add("L2048 " + value.a());
      }

      @Override
      public void largeStructsL2099(long position, LargeStructs.L2099 value) {
        seen.add("L2099 " + value.a());
      }
    };
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      r.trust(LargeImageSchema.trusted());
      for (RecordView v : r.records()) {
        LargeImageReader.visit(v, r.layout(), visitor);
      }
    }
    assertEquals(java.util.List.of("L0 0", "L2048 2048", "L2099 2099"), seen);
  }

  @Test
  void everyRecordFindsItsCodecByClassAndByType() throws Exception {
    for (Record r : LargeImages.oneOfEach()) {
      int i = Integer.parseInt(r.getClass().getSimpleName().substring(1));
      int type = 0x2000 + i;  // as LargeStructs declares
      RecordCodec<Record> codec = LargeImageSchema.codecOf(r);
      assertEquals(type, codec.type(), r.toString());
      assertEquals(type, LargeImageSchema.codec(type).type());
      ByteBuffer b = ByteBuffer.allocate(codec.encodedLength(r));
      codec.encode(r, b, 0);
      String expected = "{\"a\":" + i + ",\"b\":[" + i + "," + (i + 1) + "]}";
      StringBuilder json = new StringBuilder();
      LargeImageSchema.json(type, r, json);
      assertEquals(expected, json.toString());
      StringBuilder decoded = new StringBuilder();
      LargeImageSchema.json(type, codec.decode(b, 0), decoded);
      assertEquals(expected, decoded.toString(), "round trip");
    }
  }

  @Test
  void anImageOfEveryRecordReadsBackTypedAndGeneric(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("large.ckpt");
    LargeImages.write(image);
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();  // reads the field and enum tables and checks them against the schema table
      GenericDecoder generic = new GenericDecoder(r.layout());
      int n = 0;
      for (RecordView v : r.records()) {
        StringBuilder typed = new StringBuilder();
        LargeImageSchema.json(v.type(), v.decode(LargeImageSchema.codec(v.type())), typed);
        StringBuilder byTables = new StringBuilder();
        generic.json(v, byTables);
        assertEquals(typed.toString(), byTables.toString());
        n++;
      }
      assertEquals(LargeImages.COUNT, n);
    }

    // each record reaches the visitor method of its own struct: l0 ... l2099
    CountingVisitor visitor = new CountingVisitor();
    TreeMap<String, Integer> calls = visitor.calls;
    // a file of records, no checkpoint (no sections): read(Path) and read(InputStream) refuse it as
    // restore would; its records are visited one by one from a reader of the framing
    org.ckptgen.runtime.CkptFormatException refused = org.junit.jupiter.api.Assertions.assertThrows(
        org.ckptgen.runtime.CkptFormatException.class, () -> LargeImageReader.read(image, visitor));
    assertTrue(refused.reason().equals("a record before the first section"), refused.getMessage());
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(image)) {
      org.junit.jupiter.api.Assertions.assertThrows(org.ckptgen.runtime.CkptFormatException.class,
          () -> LargeImageReader.read(in, visitor));
    }
    assertTrue(calls.isEmpty(), "a refused image visits nothing: " + calls);
    try (org.ckptgen.image.ImageReader r = org.ckptgen.image.ImageReader.open(image)) {
      r.verify();
      r.trust(LargeImageSchema.trusted());
      for (org.ckptgen.image.RecordView v : r.records()) {
        LargeImageReader.visit(v, r.layout(), visitor);
      }
    }
    assertEquals(LargeImages.COUNT, calls.size(), calls.toString());
    assertTrue(calls.values().stream().allMatch(c -> c == 1), calls.toString());
  }
}
