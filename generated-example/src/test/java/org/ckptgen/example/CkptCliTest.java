package org.ckptgen.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.bulk.BulkImageDispatch;
import org.ckptgen.example.bulk.MemorySubsystem;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.Cred;
import org.ckptgen.example.container.CredCodec;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ObjectRefCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.RecordCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ckpt on the example's images, as a user runs it from the README: dump, JSON, remap, verify. */
class CkptCliTest {
  private String out;
  private String err;

  private int ckpt(String... args) {
    Ckpt.Captured run = Ckpt.capture(args);
    out = run.out();
    err = run.err();
    return run.exit();
  }

  /** The schema file the build exported for image kind {@code name}, on the test class path. */
  static String schema(String name) throws Exception {
    return Path.of(CkptCliTest.class.getClassLoader().getResource("META-INF/ckptgen/" + name + ".ckptschema").toURI())
        .toString();
  }

  private static Path checkpoint(Model.Container c, Path file) throws Exception {
    Main.dispatch(c).checkpoint(file);
    return file;
  }

  @Test
  void dumpPrintsWhatTheJavaReaderPrints(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.demo(), dir.resolve("demo.ckpt"));
    assertEquals(0, ckpt("dump", image.toString()), err);
    try (ImageReader r = ImageReader.open(image)) {
      assertEquals(ImageDump.text(r), out);
    }
    assertEquals(0, ckpt("info", image.toString()), err);
    // cred comes last: the three creds are written where the tasks first share them
    assertTrue(out.matches("(?s).*task\\s+ckpt_hdr_cred\\s+3\\s+264\\n.*"), "three creds in the task section: " + out);
  }

  /** Each record of the JSON dump, on its line, equals the generated codec's JSON of the decoded record. */
  @Test
  void theDemoImagesJsonFieldByField(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.demo(), dir.resolve("demo.ckpt"));
    assertEquals(0, ckpt("dump", "--json", image.toString()), err);
    assertTrue(out.startsWith("{\"image\":{\"name\":\"container\",\"version\":" + ContainerImageSchema.VERSION
        + ",\"format\":1,"), out);
    List<String> lines = out.lines().filter(l -> l.matches(",?\\{\"offset\":.*")).toList();
    List<String> expected = new ArrayList<>();
    List<Cred> creds = new ArrayList<>();
    try (ImageReader r = ImageReader.open(image)) {
      r.verify();
      for (RecordView v : r.records()) {
        RecordCodec<?> codec = v.type() == 2 ? SectionCodec.INSTANCE : v.type() == 3 ? ObjectRefCodec.INSTANCE
            : ContainerImageSchema.codec(v.type());
        Object record = v.decode(codec);
        StringBuilder json = new StringBuilder();
        if (v.type() == 2) {
          org.ckptgen.image.SectionCodec.INSTANCE.json((org.ckptgen.image.Section) record, json);
        } else if (v.type() == 3) {
          org.ckptgen.image.ObjectRefCodec.INSTANCE.json((org.ckptgen.image.ObjectRef) record, json);
        } else {
          ContainerImageSchema.json(v.type(), record, json);
        }
        if (record instanceof Cred c) {
          creds.add(c);
        }
        expected.add(json.toString());
      }
    }
    assertEquals(expected.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String value = lines.get(i).replaceFirst("^\\{\"offset\":\\d+,\"type\":\\d+,\"struct\":\"\\w+\",\"value\":", "")
          .replaceFirst(",$", "");
      assertEquals(expected.get(i) + "}", value, "record " + i);
    }
    // and the values are the model's: user 1000's cred with its groups, and the root sshd's
    assertEquals(3, creds.size());
    assertTrue(out.contains("\"struct\":\"ckpt_hdr_cred\",\"value\":{\"uid\":1000,\"suid\":1000,\"euid\":1000,"
        + "\"fsuid\":1000,\"gid\":1000,\"sgid\":1000,\"egid\":1000,\"fsgid\":1000,"), out);
    assertTrue(out.contains("\"value\":{\"groups\":[24,1000]}"), out);
    assertTrue(out.contains("\"cap_p_mask\":" + 0x1ff_ffff_ffffL), "the root cred's capabilities: " + out);
    assertEquals(88, CredCodec.SIZE, "the cred the JSON describes is linux-cr's 88-byte record");
  }

  @Test
  void remapGivesAValidImageThatRestoresWithTheNewIds(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.of(1000, 1000, 24, 1000), dir.resolve("c.ckpt"));
    Path mapped = dir.resolve("mapped.ckpt");
    assertEquals(0, ckpt("remap", "--schema", schema("container"), image.toString(), mapped.toString(), "--uid", "1000:2000", "--gid", "1000:2000",
        "--gid", "24:5000"), err);
    assertTrue(out.contains("ids remapped"), out);
    assertEquals(0, ckpt("verify", mapped.toString()), err);

    Model.Container restored = new Model.Container();
    Main.dispatch(restored).restore(mapped, Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
    assertEquals(SampleContainer.describe(SampleContainer.of(2000, 2000, 2000, 5000)), SampleContainer.describe(restored));
    // groups 24 and 1000 became 5000 and 2000: sorted again, as the codec requires
    assertArrayEquals(new int[] {2000, 5000}, restored.tasks.get(0).cred.groups.ids);
    // and user 2000 may now restore its own part unprivileged: every id is one it could setresuid to
    Path owned = checkpoint(SampleContainer.own(1000, 1000, 24, 1000), dir.resolve("own.ckpt"));
    Path ownMapped = dir.resolve("own-mapped.ckpt");
    assertEquals(0, ckpt("remap", "--schema", schema("container"), owned.toString(), ownMapped.toString(), "--uid", "1000:2000", "--gid", "1000:2000",
        "--gid", "24:5000"), err);
    Model.Container own = new Model.Container();
    Main.dispatch(own).restore(ownMapped, Caller.user(2000, 2000, 2000, 5000), Set.of());
    assertEquals(2000, own.tasks.get(0).cred.user.uid);
    // the whole sample is not its own: user 0 of the child namespace takes CAP_SETUID (may_setuid)
    assertThrows(org.ckptgen.image.hook.RestoreException.class,
        () -> Main.dispatch(new Model.Container()).restore(mapped, Caller.user(2000, 2000, 2000, 5000), Set.of()));
  }

  @Test
  void badMappingsAndBadImagesAreOneLine(@TempDir Path dir) throws Exception {
    Path image = checkpoint(SampleContainer.demo(), dir.resolve("c.ckpt"));
    Path mapped = dir.resolve("mapped.ckpt");
    assertEquals(2, ckpt("remap", "--schema", schema("container"), image.toString(), mapped.toString(), "--uid", "1000-2000"));
    assertTrue(err.contains("--uid takes A:B"), err);
    assertFalse(Files.exists(mapped));
    byte[] bytes = Files.readAllBytes(image);
    bytes[bytes.length - 100] ^= 4;
    Files.write(image, bytes);
    assertEquals(1, ckpt("remap", "--schema", schema("container"), image.toString(), mapped.toString(), "--uid", "1:2"));
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("checksum mismatch") && !err.contains("\tat "), err);
    assertFalse(Files.exists(mapped), "nothing is written from a bad image");
    assertEquals(1, ckpt("dump", image.toString()));
    assertEquals(1, err.lines().count(), err);
  }

  /**
   * Over 64 MiB, remap draws its bar when stderr is a terminal (script(1) gives the child one)
   * and not when stderr is a pipe.
   */
  @Test
  void theProgressBarShowsOnATerminalOnly(@TempDir Path dir) throws Exception {
    Path image = dir.resolve("bulk.ckpt");
    BulkImageDispatch.builder().memory(new MemorySubsystem(65)).build().checkpoint(image);
    assertTrue(Files.size(image) > 64L << 20);
    List<String> remap = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Ckpt.class.getName(),
        "remap", "--schema", schema("bulk"), image.toString(), dir.resolve("out.ckpt").toString(), "--uid", "1:2");

    String quoted = String.join(" ", remap.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    Gcc.Result terminal = CTool.run(List.of("script", "-qec", quoted, "/dev/null"));
    assertEquals(0, terminal.exit(), terminal.out() + terminal.err());
    assertTrue(terminal.out().contains("\rbulk.ckpt [" + "#".repeat(40) + "] 100%"), terminal.out());
    assertTrue(terminal.out().contains("ids remapped"), terminal.out());

    Gcc.Result piped = CTool.run(remap);
    assertEquals(0, piped.exit(), piped.err());
    assertEquals("", piped.err(), "no bar into a pipe");
  }
}
