package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.container.ContainerImageDispatch;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.example.subsystems.CredSubsystem;
import org.ckptgen.example.subsystems.GroupInfoSubsystem;
import org.ckptgen.example.subsystems.LsmSubsystem;
import org.ckptgen.example.subsystems.TaskSubsystem;
import org.ckptgen.example.subsystems.UserSubsystem;
import org.ckptgen.example.subsystems.UtsSubsystem;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.SchemaSubsystems;
import org.ckptgen.image.SubsystemEntry;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Images of another build of the container kind that orders the same subsystems otherwise
 * (docs/FORMAT.md, "A valid image"): another fingerprint and the same subsystems in another order
 * is restorable, its sections checked in its own table's order (objrefs still point back) and the
 * hooks run in this build's order; the same fingerprint in another order is a forgery. Java
 * (restore's check, the typed reader, the stream, {@code ckpt verify --schema}) and the C reader
 * (ckptinfo) give one verdict on each. The orders are random unless {@code -Dckptgen.order.seed=N}.
 */
class SubsystemOrderImageTest {
  private static final long SEED = Long.getLong("ckptgen.order.seed", new Random().nextLong());
  private static Path ckptinfo;

  @BeforeAll
  static void build() throws Exception {
    ckptinfo = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("ckptinfo_order"), "-m64");
  }

  /** The build's subsystem table, by name. */
  private static Map<String, SubsystemEntry> table() {
    Map<String, SubsystemEntry> byName = new LinkedHashMap<>();
    for (SubsystemEntry e : ContainerImageSchema.subsystems().subsystems()) {
      byName.put(e.name(), e);
    }
    return byName;
  }

  /**
   * {@code c} checkpointed as another build would: a header with {@code fingerprint}, the subsystem
   * table {@code listed} (entries of the build's, each edited by {@code entry}), and the sections
   * in the order {@code written}, each by the example's own checkpoint hook.
   */
  private static Path write(Path file, Model.Container c, long fingerprint, List<String> listed, List<String> written,
      UnaryOperator<SubsystemEntry> entry) throws Exception {
    Map<String, Hook> hooks = Map.of(
        "cred", new CredSubsystem(c)::checkpoint, "groupinfo", new GroupInfoSubsystem(c)::checkpoint,
        "lsm", new LsmSubsystem(c)::checkpoint, "task", new TaskSubsystem(c)::checkpoint,
        "user", new UserSubsystem(c)::checkpoint, "uts", new UtsSubsystem(c)::checkpoint);
    ImageHeader build = ContainerImageSchema.header(0);
    ImageHeader header = ImageHeader.of(build.imageName(), build.imageVersion(), fingerprint, build.schema(), 0);
    Map<String, SubsystemEntry> table = table();
    SubsystemEntry[] entries = listed.stream().map(table::get).map(entry).toArray(SubsystemEntry[]::new);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      ImageWriter w = new ImageWriter(ch, header, ContainerImageSchema.fields(), ContainerImageSchema.enums(),
          new SchemaSubsystems(entries));
      CheckpointContext ctx = new CheckpointContext(w);
      for (String name : written) {
        w.beginSection(name);
        write(w, hooks.get(name).checkpoint(ctx));
      }
      w.finish();
    }
    return file;
  }

  private static <T extends Record> void write(ImageWriter w, T state) throws Exception {
    w.write(ContainerImageSchema.codecOf(state), state);
  }

  @FunctionalInterface
  private interface Hook {
    Record checkpoint(CheckpointContext ctx) throws Exception;
  }

  private static List<String> shuffled(Random random) {
    List<String> order = new ArrayList<>(ContainerImageDispatch.SUBSYSTEMS);
    do {
      Collections.shuffle(order, random);
    } while (order.equals(ContainerImageDispatch.SUBSYSTEMS));
    return order;
  }

  // The verdicts.

  private static String java(Path image) throws Exception {
    String check = Verdict.of(() -> {
      try (ImageReader r = ImageReader.open(image)) {
        ImageChecker.check(r, new ImageChecker.Expectation(ContainerImageSchema.trusted(), ContainerImageSchema::codec));
      }
    });
    assertEquals(check, Verdict.of(() -> ContainerImageReader.read(image, new ContainerImageReader.Visitor() {})),
        "the typed reader");
    assertEquals(check, Verdict.of(() -> {
      try (InputStream in = Files.newInputStream(image)) {
        ImageStream s = ImageStream.open(in).trust(ContainerImageSchema.trusted());
        while (s.next() != null) {
          // every record checked as it arrives
        }
      }
    }), "the stream");
    assertEquals(check, ckptVerify(image), "ckpt verify --schema");
    return check;
  }

  private static String ckptVerify(Path image) throws Exception {
    Path schema = Path.of(SubsystemOrderImageTest.class.getClassLoader()
        .getResource("META-INF/ckptgen/container.ckptschema").toURI());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Ckpt.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("verify", "--schema", schema.toString(), image.toString());
    if (code == 0) {
      return "valid";
    }
    String prefix = "ckpt: " + image + ": ";
    assertTrue(err.toString().startsWith(prefix), err.toString());
    // the schema names itself by its file, where the build's names its class
    return err.toString().substring(prefix.length()).trim().replace(schema.toString(), "ContainerImageSchema");
  }

  private static String c(Path image) throws Exception {
    Gcc.Result r = CTool.run(List.of(ckptinfo.toString(), image.toString()));
    if (r.exit() == 0) {
      return "valid";
    }
    assertEquals(1, r.exit(), r.err());
    String prefix = "ckptinfo: " + image + ": ";
    assertTrue(r.err().startsWith(prefix), r.err());
    return r.err().substring(prefix.length()).strip();
  }

  /** Java's verdict on {@code image}, which C's must be too. */
  private static String verdictOf(Path image, String context) throws Exception {
    String java = java(image);
    assertEquals(java, c(image), context + ": the C reader");
    return java;
  }

  // The cases.

  @Test
  void anotherBuildsOrderIsRestorableAndRestoresInThisBuildsOrder() throws Exception {
    Random random = new Random(SEED);
    Model.Container demo = SampleContainer.demo();
    for (int i = 0; i < 6; i++) {
      List<String> order = i == 0 ? reversed() : shuffled(random);
      String context = "seed " + SEED + ", order " + order;
      Path image = write(CTool.work().resolve("order-other.ckpt"), SampleContainer.demo(),
          ContainerImageSchema.FINGERPRINT ^ 1, order, order, e -> e);
      assertEquals("valid", verdictOf(image, context), context);
      Model.Container restored = new Model.Container();
      Main.dispatch(restored).restore(image, Caller.privileged(), Set.of(RestoreContext.Flag.KEEP_LSM));
      assertEquals(SampleContainer.describe(demo), SampleContainer.describe(restored), context);
    }
  }

  private static List<String> reversed() {
    List<String> order = new ArrayList<>(ContainerImageDispatch.SUBSYSTEMS);
    Collections.reverse(order);
    return order;
  }

  @Test
  void theBuildsFingerprintInAnotherOrderIsAForgery() throws Exception {
    List<String> order = reversed();
    Path image = write(CTool.work().resolve("order-same-fingerprint.ckpt"), SampleContainer.demo(),
        ContainerImageSchema.FINGERPRINT, order, order, e -> e);
    String verdict = verdictOf(image, "the build's fingerprint");
    List<String> build = ContainerImageDispatch.SUBSYSTEMS;
    assertTrue(verdict.contains("the image's subsystem table differs from the schema's")
        && verdict.contains("at entry 0 (" + build.get(0) + "): name is " + order.get(0) + " in the image, "
            + build.get(0) + " in the schema"), verdict);
  }

  @Test
  void sectionsFollowTheImagesOwnTable() throws Exception {
    Path image = write(CTool.work().resolve("order-sections.ckpt"), SampleContainer.demo(),
        ContainerImageSchema.FINGERPRINT ^ 1, reversed(), ContainerImageDispatch.SUBSYSTEMS, e -> e);
    String verdict = verdictOf(image, "sections in the build's order, table in another");
    assertTrue(verdict.endsWith("expected the section of \"" + reversed().get(0) + "\", found \""
        + ContainerImageDispatch.SUBSYSTEMS.get(0) + "\""), verdict);
  }

  @Test
  void anotherBuildMustStillListTheseSubsystemsWithTheirStateTypes() throws Exception {
    List<String> order = reversed();
    Path renamed = write(CTool.work().resolve("order-renamed.ckpt"), SampleContainer.demo(),
        ContainerImageSchema.FINGERPRINT ^ 1, order, order,
        e -> e.name().equals("lsm") ? new SubsystemEntry("lsn", e.stateType(), (short) 0, (short) 0) : e);
    assertTrue(verdictOf(renamed, "renamed").contains("the image has a section of subsystem \"lsn\", which this build"
        + " does not have"), java(renamed));
    int taskState = table().get("task").stateType();
    Path retyped = write(CTool.work().resolve("order-retyped.ckpt"), SampleContainer.demo(),
        ContainerImageSchema.FINGERPRINT ^ 1, order, order,
        e -> e.name().equals("user") ? new SubsystemEntry("user", taskState, (short) 0, (short) 0) : e);
    assertTrue(verdictOf(retyped, "retyped").endsWith(String.format("subsystem \"user\" has state type 0x%x in the"
        + " image, 0x%x in this build", taskState, table().get("user").stateType())), java(retyped));
  }
}
