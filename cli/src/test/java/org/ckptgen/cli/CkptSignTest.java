package org.ckptgen.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
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
import org.ckptgen.image.Signing;
import org.ckptgen.image.SubsystemEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ckpt keygen, sign, and --key on the commands that read. */
class CkptSignTest {
  private String out;
  private String err;

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  /** Record type 0x100, ckpt_hdr_x (a header only), the state of the one subsystem "alpha". */
  private static final SchemaEntry[] SCHEMA = {new SchemaEntry(0x100, 8, 1, SchemaEntry.SHARED, "ckpt_hdr_x")};
  private static final SchemaFields FIELDS = new SchemaFields(new FieldEntry[] {
      FieldEntry.of(0, FieldEntry.ROLE_HEADER, FieldEntry.ELEMENT_HEADER, FieldEntry.ARITY_ONE, 0, 8, 0, 1, 0, 1, "h")});
  private static final SchemaSubsystems SUBSYSTEMS =
      new SchemaSubsystems(new SubsystemEntry[] {SubsystemEntry.of("alpha", 0x100, 1)});

  /** A valid checkpoint, as restore's whole-image check (ckpt verify) wants it: a shared object and the state. */
  private static Path image(Path dir) throws Exception {
    Path file = dir.resolve("test.ckpt");
    ByteBuffer x = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x100).putInt(8).flip();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ImageWriter w = new ImageWriter(ch, ImageHeader.of("test", 3, 0xabcdefL, SCHEMA, 1L), FIELDS,
          new SchemaEnums(new EnumValue[0]), SUBSYSTEMS);
      w.beginSection("alpha");
      w.write(ObjectRefCodec.INSTANCE, new ObjectRef(0x100, 1));
      w.writeRaw(x.duplicate());
      w.writeRaw(x.duplicate());
      w.finish();
    }
    return file;
  }

  @Test
  void keygenSignVerify(@TempDir Path dir) throws Exception {
    Path image = image(dir);
    String priv = dir.resolve("k.pem").toString();
    String pub = dir.resolve("k.pub").toString();
    assertEquals(0, ckpt("keygen", priv, pub), err);
    String id = Signing.hex(Signing.keyId(Signing.readPublicKey(Path.of(pub))));
    assertEquals("key id " + id + "\n", out);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(priv))));
    assertEquals(2, ckpt("keygen", priv, dir.resolve("x").toString()), "no key is overwritten");
    assertTrue(err.contains("exists"), err);

    Path signed = dir.resolve("s.ckpt");
    assertEquals(0, ckpt("sign", "--key", priv, image.toString(), signed.toString()), err);
    assertTrue(out.startsWith(signed + ": signed by key " + id + ", "), out);
    int before = (int) Files.size(image) - 40;
    assertArrayEquals(Arrays.copyOf(Files.readAllBytes(image), before), Arrays.copyOf(Files.readAllBytes(signed), before),
        "the image's bytes, then the signature record and a new trailer");

    assertEquals(0, ckpt("verify", "--key", pub, signed.toString()), err);
    assertTrue(out.contains(", signed by key " + id + " (signature valid); layout: "), out);
    assertEquals(0, ckpt("verify", signed.toString()), err);
    assertTrue(out.contains(", signed by key " + id + " (signature not checked; --key checks it); layout: "), out);
    assertEquals(0, ckpt("info", signed.toString()), err);
    assertTrue(out.contains("signature  Ed25519ph, key " + id + ", NOT checked"), out);
    assertEquals(0, ckpt("info", image.toString()), err);
    assertTrue(out.contains("signature  none (unsigned)"), out);
    assertEquals(0, ckpt("dump", "--key", pub, signed.toString()), err);
    assertTrue(out.contains(" ckpt_hdr_signature {\"algorithm\":1,"), out);
    assertEquals(0, ckpt("dump", "--json", signed.toString()), err);
    assertTrue(out.contains("\"signature\":{\"offset\":"), out);

    // refused: unsigned, another key, a changed byte; each one line, exit 1
    assertEquals(1, ckpt("verify", "--key", pub, image.toString()));
    assertTrue(err.contains("the image is not signed; a signature by key " + id + " is required"), err);
    String otherPriv = dir.resolve("o.pem").toString();
    String otherPub = dir.resolve("o.pub").toString();
    assertEquals(0, ckpt("keygen", otherPriv, otherPub));
    assertEquals(1, ckpt("info", "--key", otherPub, signed.toString()));
    assertTrue(err.contains("not by the required key"), err);
    assertEquals(1, ckpt("dump", "--key", otherPub, signed.toString()));
    assertEquals("", out, "dump prints nothing of an image it refuses");
    byte[] b = Files.readAllBytes(signed);
    b[100] ^= 4;
    Path changed = Files.write(dir.resolve("c.ckpt"), b);
    assertEquals(1, ckpt("verify", "--key", pub, changed.toString()));
    assertEquals(1, err.lines().count(), err);

    assertEquals(0, ckpt("diff", "--key", pub, signed.toString(), signed.toString()), err);
    assertEquals(5, ckpt("diff", "--key", pub, signed.toString(), image.toString()), "B is not signed");
    assertTrue(err.contains(image + ": at offset") && err.contains("not signed"), err);

    // remap: its output is unsigned unless --sign signs it (the schema: the image's header and tables alone)
    Path schema = dir.resolve("test.ckptschema");
    try (FileChannel ch = FileChannel.open(schema, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      new ImageWriter(ch, ImageHeader.of("test", 3, 0xabcdefL, SCHEMA, 0L), FIELDS, new SchemaEnums(new EnumValue[0]),
          SUBSYSTEMS).finish();
    }
    Path mapped = dir.resolve("m.ckpt");
    assertEquals(0, ckpt("remap", "--schema", schema.toString(), "--key", pub, signed.toString(), mapped.toString()), err);
    assertEquals(0, ckpt("info", mapped.toString()));
    assertTrue(out.contains("signature  none"), out);
    assertEquals(0, ckpt("remap", "--schema", schema.toString(), "--key", pub, "--sign", otherPriv, signed.toString(),
        mapped.toString()), err);
    assertEquals(0, ckpt("verify", "--key", otherPub, mapped.toString()), err);
    // sign in place, with the other key: the old signature is replaced
    assertEquals(0, ckpt("sign", "--key", otherPriv, signed.toString(), signed.toString()), err);
    assertEquals(Files.size(image) + Signing.RECORD_SIZE, Files.size(signed));
    assertEquals(0, ckpt("verify", "--key", otherPub, signed.toString()), err);

    // keys of the wrong kind are wrong usage, one line
    assertEquals(2, ckpt("verify", "--key", priv, signed.toString()));
    assertTrue(err.startsWith("ckpt: --key " + priv + ": a PEM file of a PRIVATE KEY, not of a PUBLIC KEY"), err);
    assertEquals(2, ckpt("sign", "--key", pub, image.toString(), dir.resolve("x.ckpt").toString()));
    assertFalse(Files.exists(dir.resolve("x.ckpt")));
    assertEquals(2, ckpt("sign", image.toString(), dir.resolve("x.ckpt").toString()), "--key is required");
  }
}
