package org.ckptgen.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.ckptgen.image.EnumValue;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.ObjectRef;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.SchemaSubsystems;
import org.ckptgen.image.SubsystemEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ckpt as a user runs it: what it prints and how it exits. */
class CkptTest {
  private String out;
  private String err;

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  /**
   * An image of one record type, ckpt_hdr_x (a header only), and two subsystems whose state it is:
   * "alpha" with a shared object and its state, "beta" with its state.
   */
  private static Path image(Path dir) throws Exception {
    Path file = dir.resolve("test.ckpt");
    SchemaEntry[] schema = {new SchemaEntry(0x100, 8, 1, SchemaEntry.SHARED, "ckpt_hdr_x")};
    SchemaFields fields = new SchemaFields(new FieldEntry[] {
        FieldEntry.of(0, FieldEntry.ROLE_HEADER, FieldEntry.ELEMENT_HEADER, FieldEntry.ARITY_ONE, 0, 8, 0, 1, 0, 1, "h")});
    SchemaSubsystems subsystems = new SchemaSubsystems(new SubsystemEntry[] {
        SubsystemEntry.of("alpha", 0x100, 1), SubsystemEntry.of("beta", 0x100, 1)});
    ByteBuffer x = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x100).putInt(8).flip();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ImageWriter w = new ImageWriter(ch, ImageHeader.of("test", 3, 0xabcdefL, schema, 1_700_000_000_000_000_000L),
          fields, new SchemaEnums(new EnumValue[0]), subsystems);
      w.beginSection("alpha");
      w.write(ObjectRefCodec.INSTANCE, new ObjectRef(0x100, 1));
      w.writeRaw(x.duplicate());
      w.writeRaw(x.duplicate());
      w.beginSection("beta");
      w.writeRaw(x.duplicate());
      w.finish();
    }
    return file;
  }

  @Test
  void infoShowsHeaderSchemaChecksumAndSections(@TempDir Path dir) throws Exception {
    Path file = image(dir);
    assertEquals(0, ckpt("info", file.toString()), err);
    assertTrue(out.contains("image      test, version 3 (format 1), created 2023-11-14T22:13:20Z"), out);
    assertTrue(out.contains("schema     1 structs, fingerprint 0x0000000000abcdef"), out);
    // header, field, enum and subsystem tables, 2 sections, objref + object, 2 states, and the trailer
    assertTrue(out.contains(Files.size(file) + " bytes, 11 records, CRC32C 0x") && out.contains("(valid)"), out);
    assertTrue(out.matches("(?s).*alpha\\s+ckpt_hdr_objref\\s+1\\s+16\\n.*"), "the objref: " + out);
    assertTrue(out.matches("(?s).*alpha\\s+ckpt_hdr_x\\s+2\\s+16\\n.*"), "its object and the state: " + out);
    assertTrue(out.matches("(?s).*beta\\s+ckpt_hdr_x\\s+1\\s+8\\n.*"), out);
  }

  @Test
  void verifySaysValidOrGivesOneLineWithTheOffset(@TempDir Path dir) throws Exception {
    Path file = image(dir);
    assertEquals(0, ckpt("verify", file.toString()));
    assertTrue(out.startsWith(file + ": valid test image, 11 records"), out);

    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 40 - 8 - 40 + 8] ^= 1;  // in the name of the last section, before its state and the trailer
    Files.write(file, bytes);
    assertEquals(1, ckpt("verify", file.toString()));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("ckpt: " + file + ": at offset ") && err.contains("checksum mismatch"), err);
    assertEquals(1, ckpt("info", file.toString()));
    assertTrue(out.contains("verdict    NOT VALID: at offset ") && out.contains("checksum mismatch"), out);
  }

  @Test
  void noStackTraceForAMissingFileOrBadUsage(@TempDir Path dir) {
    assertEquals(3, ckpt("verify", dir.resolve("missing.ckpt").toString()));
    assertEquals("ckpt: " + dir.resolve("missing.ckpt") + ": no such file\n", err);
    assertEquals(2, ckpt("verify"));
    assertFalse(err.contains("\tat "), err);
    assertEquals(0, ckpt("--help"));
    assertTrue(out.contains("Exit codes:") && out.matches("(?s).*\n  3 +the image could not be read.*"), out);
  }

  @Test
  void everyCommandHasItsOwnHelpAndTheListShowsOneLineEach() {
    for (String command : new String[] {"info", "dump", "verify", "diff", "encode", "remap", "completion"}) {
      assertEquals(0, ckpt(command, "--help"), command + ": " + err);
      assertTrue(out.startsWith("Usage: ckpt " + command) || out.contains("\nUsage: ckpt " + command), out);
      assertTrue(out.matches("(?s).*\n  3 +the image could not be read.*"), command + " lists the exit codes: " + out);
    }
    assertEquals(0, ckpt("--help"));
    // each command's summary is whole on its one line of the list, not a cut-off first line
    assertTrue(out.contains("  dump        Prints every record, by the image's own schema or --schema's.\n"), out);
    assertTrue(out.contains("  remap       Writes a copy of the image with user and group ids mapped.\n"), out);
    assertTrue(out.contains("  encode      Writes the image that a JSON dump describes.\n"), out);
  }
}
