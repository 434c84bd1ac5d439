package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema file the build exports, and readers given it: an image whose tables are not the
 * build's is refused at the first forged byte, by the typed reader, the generic reader and ckpt
 * alike, and ckpt remap cannot be steered by an image's own tables.
 */
class TrustedSchemaTest {
  private static final String RESOURCE = "META-INF/ckptgen/container.ckptschema";
  private static final long SEED = Long.getLong("ckptgen.trusted.seed", System.nanoTime());

  @TempDir static Path dir;
  private static Path demo;
  private static byte[] image;
  private static Path schemaFile;

  private String out;
  private String err;

  @BeforeAll
  static void checkpoint() throws Exception {
    demo = Forge.checkpoint(SampleContainer.demo(), dir.resolve("demo.ckpt"));
    image = Files.readAllBytes(demo);
    schemaFile = resource(RESOURCE);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TrustedSchemaTest.class.getClassLoader().getResource(name).toURI());
  }

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  private static int getInt(byte[] b, int at) {
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
  }

  private static int align8(long n) {
    return (int) (n + 7 & ~7L);
  }

  /** Where the records after the header and its tables start. */
  private static int firstRecord(byte[] b) {
    int at = 0;
    for (int i = 0; i < 4; i++) {  // the header, the field, enum and subsystem tables
      at = align8(at + Integer.toUnsignedLong(getInt(b, at + 4)));
    }
    return at;
  }

  private static ImageReader open(byte[] bytes) throws Exception {
    return ImageReader.open(Channels.newChannel(new java.io.ByteArrayInputStream(bytes)));
  }

  @Test
  void theSchemaFileHoldsTheHeaderAndTablesEveryImageStartsWith() throws Exception {
    byte[] file = Files.readAllBytes(schemaFile);
    // the copy beside the C header (-Ackptgen.cOutputDir) is the same file
    assertArrayEquals(file, Files.readAllBytes(Path.of("target/include/container.ckptschema")));
    // what the generated schema class starts an image with, finished at once
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ContainerImageSchema.writer(Channels.newChannel(written), 0).finish();
    assertArrayEquals(written.toByteArray(), file, "the processor's schema file and the image module's writer differ");
    // and the demo image's first bytes, but for the time it was created at
    int tables = firstRecord(image);
    byte[] prefix = Arrays.copyOf(image, tables);
    Arrays.fill(prefix, 40, 48, (byte) 0);  // ckpt_hdr_image.created_ns
    assertArrayEquals(prefix, Arrays.copyOf(file, tables));
    TrustedSchema s = TrustedSchema.read(schemaFile);
    assertEquals(ContainerImageSchema.FINGERPRINT, s.fingerprint());
    assertEquals(ContainerImageSchema.NAME, s.imageName());
    try (ImageReader r = ImageReader.open(demo)) {
      r.trust(s);
      assertEquals(s.layout(), r.layout());
    }
  }

  @Test
  void aFileWithRecordsIsNoSchemaFile() {
    CkptFormatException e = assertThrows(CkptFormatException.class, () -> TrustedSchema.read(demo));
    assertEquals(firstRecord(image), e.offset(), e.getMessage());
    assertEquals(2, ckpt("verify", "--schema", demo.toString(), demo.toString()), err);
    assertTrue(err.contains("is not a valid schema file"), err);
  }

  /**
   * Any one byte of the tables changed and the checksum sealed again: refused by every reader of
   * the build; and where the forged image is still self-consistent (the generic reader alone
   * would read it), the error is at the changed byte.
   */
  @Test
  void everyChangedTableByteIsRefusedAtItsOffset() throws Exception {
    Random random = new Random(SEED);
    int from = 96;  // the schema table, after the header's fixed fields
    int to = firstRecord(image);
    int selfConsistent = 0;
    int tries = 800;  // the table rules refuse most changes, so many tries for enough self-consistent ones
    for (int n = 0; n < tries; n++) {
      byte[] forged = image.clone();
      int at = from + random.nextInt(to - from);
      forged[at] ^= (byte) (1 + random.nextInt(255));
      Forge.reseal(forged);
      String what = "seed " + SEED + " (-Dckptgen.trusted.seed), byte " + at;
      boolean consistent;
      try (ImageReader r = open(forged)) {
        r.verify();
        consistent = true;
      } catch (CkptFormatException e) {
        consistent = false;
      }
      CkptFormatException e = assertThrows(CkptFormatException.class, () -> {
        try (ImageReader r = open(forged)) {
          r.trust(ContainerImageSchema.trusted());
        }
      }, what);
      if (consistent) {
        selfConsistent++;
        assertEquals(at, e.offset(), what + ": " + e.getMessage());
      }
      Path file = dir.resolve("forged.ckpt");
      Files.write(file, forged);
      assertThrows(CkptFormatException.class, () -> ContainerImageReader.read(file, new ContainerImageReader.Visitor() {}),
          what);
      Forge.Outcome o = Forge.restore(file, org.ckptgen.image.hook.Caller.privileged(), java.util.Set.of());
      assertTrue(!o.ok() && o.failure() instanceof CkptFormatException, what + ": " + o.why());
    }
    // most changes break the tables' own checks first (FORMAT.md, Checks of the tables); 4% or so
    // leave them self-consistent
    assertTrue(selfConsistent >= 15, "only " + selfConsistent + " of " + tries + " forged images reached the schema check");
  }

  /** The forgeries of the issue: relabelled members, stripped id and sorted flags, swapped enum names. */
  @Test
  void theToolsGivenTheSchemaTellNoOtherStoryThanRestore() throws Exception {
    int fieldsAt = align8(Integer.toUnsignedLong(getInt(image, 4)));
    Path schema = schemaFile;
    Path mapped = dir.resolve("mapped.ckpt");
    // every @Uid flag stripped: the image alone would hide its ids from remap
    byte[] noIds = image.clone();
    int nfields = getInt(image, fieldsAt + 8);
    for (int i = 0; i < nfields; i++) {
      int entry = fieldsAt + 16 + 72 * i;
      noIds[entry + 5] &= (byte) ~(FieldEntry.FLAG_UID | FieldEntry.FLAG_GID | FieldEntry.FLAG_SORTED);
    }
    Path forged = dir.resolve("noids.ckpt");
    Files.write(forged, Forge.reseal(noIds));
    assertEquals(0, ckpt("verify", forged.toString()), err);
    assertTrue(out.contains("layout: the image's own tables, unverified"), out);
    assertEquals(1, ckpt("verify", "--schema", schema.toString(), forged.toString()), out);
    assertTrue(err.contains("field table differs from the schema's"), err);
    assertTrue(err.contains("flags is"), err);
    assertEquals(2, ckpt("remap", forged.toString(), mapped.toString(), "--uid", "0:100000"), err);
    assertEquals(1, ckpt("remap", "--schema", schema.toString(), forged.toString(), mapped.toString(), "--uid",
        "0:100000"), err);
    assertTrue(Files.notExists(mapped), "remap wrote an image it refused");
    // the jar works as the schema too, and the real image is remapped
    Path jar = Path.of("target/ckptgen-example.jar");
    if (Files.exists(jar)) {
      assertEquals(0, ckpt("remap", "--schema", jar.toString(), demo.toString(), mapped.toString(), "--uid",
          "0:100000"), err);
    }
    assertEquals(0, ckpt("remap", "--schema", schema.toString(), demo.toString(), mapped.toString(), "--uid",
        "0:100000"), err);
    assertTrue(out.contains("ids remapped"), out);
    assertEquals(0, ckpt("verify", "--schema", schema.toString(), mapped.toString()), err);

    // two members' names swapped: dump alone prints the lie (and says so), with the schema it is refused
    byte[] relabelled = image.clone();
    int uid = -1;
    int gid = -1;
    try (ImageReader r = ImageReader.open(demo)) {
      r.verify();
      FieldEntry[] f = r.fields().fields();
      for (int i = 0; i < f.length; i++) {
        String owner = r.header().schema()[f[i].owner()].name();
        if (owner.equals("ckpt_hdr_cred") && f[i].name().equals("uid")) {
          uid = i;
        } else if (owner.equals("ckpt_hdr_cred") && f[i].name().equals("gid")) {
          gid = i;
        }
      }
    }
    assertTrue(uid >= 0 && gid >= 0);
    byte[] uidName = Arrays.copyOfRange(image, fieldsAt + 16 + 72 * uid + 24, fieldsAt + 16 + 72 * uid + 72);
    System.arraycopy(image, fieldsAt + 16 + 72 * gid + 24, relabelled, fieldsAt + 16 + 72 * uid + 24, 48);
    System.arraycopy(uidName, 0, relabelled, fieldsAt + 16 + 72 * gid + 24, 48);
    forged = dir.resolve("relabelled.ckpt");
    Files.write(forged, Forge.reseal(relabelled));
    assertEquals(0, ckpt("dump", forged.toString()), err);  // the lie, read by the image's own tables
    assertTrue(out.contains("\"gid\":1000,\"suid\""), out);
    assertEquals(0, ckpt("info", forged.toString()), err);
    assertTrue(out.contains("layout     the image's own tables, unverified"), out);
    assertEquals(1, ckpt("dump", "--schema", schema.toString(), forged.toString()), err);
    assertTrue(err.contains("at entry " + uid + " (ckpt_hdr_cred.uid): name is gid in the image, uid in the schema"),
        err);
    assertEquals(1, ckpt("info", "--schema", schema.toString(), forged.toString()), err);
  }

  @Test
  void anImageOfAnotherKindOrVersionIsRefusedWithTheSchema() throws Exception {
    byte[] other = image.clone();
    other[56] = 'x';  // ckpt_hdr_image.image_name: "xontainer"
    Path forged = dir.resolve("other.ckpt");
    Files.write(forged, Forge.reseal(other));
    assertEquals(0, ckpt("verify", forged.toString()), err);
    assertEquals(1, ckpt("verify", "--schema", schemaFile.toString(), forged.toString()), err);
    assertTrue(err.contains("at offset 56") && err.contains("not a \"container\" image"), err);
    byte[] later = image.clone();
    later[28] = 9;  // ckpt_hdr_image.image_version
    Files.write(forged, Forge.reseal(later));
    assertEquals(1, ckpt("verify", "--schema", schemaFile.toString(), forged.toString()), err);
    assertTrue(err.contains("image version 9"), err);
  }
}
