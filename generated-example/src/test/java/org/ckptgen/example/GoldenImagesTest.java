package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Signing;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.Test;

/**
 * Images of every released format and image version, committed under
 * {@code src/test/resources/golden/format-F/container-V/} and never written again (README there):
 * today's Java and C readers read each, today's restore brings back the state it was written
 * from; the C reader of that release (its headers, kept beside the images) reads today's images
 * and the Java build of that release (its example jar, kept beside the images) restores them,
 * where the rules promise it: an image of the release's own image version (an older build
 * refuses a later version, in one line). Today's writer, given the state restored from the newest golden image, writes it again
 * byte for byte (its creation time aside): a change of the format or of the container's layout
 * that nobody meant fails here first, and a meant one adds a new golden directory.
 *
 * <p>{@code -Dckptgen.golden.add=true} writes the golden set of this build's format and image
 * version, where there is none yet; it never overwrites one.
 */
class GoldenImagesTest {
  static final Path GOLDEN = Path.of(System.getProperty("ckptgen.golden", "src/test/resources/golden"));
  private static final int CREATED_NS = 40;

  /** This build's golden directory: format-F/container-V. */
  private static Path current() {
    return GOLDEN.resolve("format-" + ImageHeader.FORMAT_VERSION).resolve("container-" + ContainerImageSchema.VERSION);
  }

  /** Every golden directory of the container image, oldest first. */
  private static List<Path> releases() throws Exception {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> formats = Files.list(GOLDEN)) {
      for (Path format : (Iterable<Path>) formats.filter(Files::isDirectory).sorted()::iterator) {
        try (Stream<Path> versions = Files.list(format)) {
          versions.filter(d -> d.getFileName().toString().startsWith("container-")).sorted().forEach(out::add);
        }
      }
    }
    assertFalse(out.isEmpty(), "no golden images under " + GOLDEN);
    return out;
  }

  @Test
  void addsTheGoldenSetOfThisBuildOnlyWhenAsked() throws Exception {
    if (!Boolean.getBoolean("ckptgen.golden.add")) {
      assertTrue(Files.isDirectory(current()), "this build's format and image version have no golden set: "
          + current() + "; a released format gets one with -Dckptgen.golden.add=true (README there)");
      return;
    }
    Path dir = current();
    if (Files.exists(dir)) {
      throw new AssertionError(dir + " exists: golden images are never written again; a new format or image "
          + "version gets a directory of its own");
    }
    // the release's Java build whole, as its users run it: this build's example jar (mvn package first)
    Path jar = Path.of(System.getProperty("ckptgen.example.jar", "target/ckptgen-example.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " is missing: build it first (README there)");
    Files.createDirectories(dir.resolve("reader"));
    Files.createDirectories(dir.resolve("reader-java"));
    Files.copy(jar, dir.resolve("reader-java/ckptgen-example.jar"));
    Model.Container demo = SampleContainer.demo();
    Path image = dir.resolve("demo.ckpt");
    Main.dispatch(demo).checkpoint(image);
    Files.writeString(dir.resolve("demo.describe"), SampleContainer.describe(demo));
    Files.writeString(dir.resolve("demo.dump"), Ckpt.capture("dump", image.toString()).out());
    Model.Container scaled = SampleContainer.scaled(3);
    Main.dispatch(scaled).checkpoint(dir.resolve("scaled.ckpt"));
    Files.writeString(dir.resolve("scaled.describe"), SampleContainer.describe(scaled));
    KeyPair keys = Signing.generate();  // the private key is dropped: no one signs as this release again
    Signing.sign(image, dir.resolve("demo-signed.ckpt"), keys.getPrivate());
    Files.writeString(dir.resolve("demo-signed.pub.pem"), Signing.pem(keys.getPublic()));
    Files.copy(CTool.INCLUDE.resolve("container.ckptschema"), dir.resolve("container.ckptschema"));
    // the release's C reader whole: its generated headers and the ckptinfo program built on them
    try (Stream<Path> headers = Files.list(CTool.INCLUDE)) {
      for (Path h : (Iterable<Path>) headers.filter(f -> f.toString().endsWith(".h"))::iterator) {
        Files.copy(h, dir.resolve("reader").resolve(h.getFileName()));
      }
    }
    Files.copy(CTool.MAIN_C.resolve("ckptinfo.c"), dir.resolve("reader/ckptinfo.c"));
  }

  @Test
  void everyGoldenImageIsValidForTodaysReaders() throws Exception {
    Path c64 = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("golden_ckptinfo"), "-m64");
    for (Path dir : releases()) {
      for (String name : List.of("demo.ckpt", "scaled.ckpt", "demo-signed.ckpt")) {
        Path image = dir.resolve(name);
        String where = GOLDEN.relativize(image).toString();
        try (ImageReader r = ImageReader.open(image)) {
          ImageChecker.check(r, new ImageChecker.Expectation(ContainerImageSchema.trusted(), ContainerImageSchema::codec));
        }
        ContainerImageReader.read(image, new ContainerImageReader.Visitor() {});
        Ckpt.Captured verify = Ckpt.capture("verify", "--schema", dir.resolve("container.ckptschema").toString(), image.toString());
        assertEquals(0, verify.exit(), where + ": ckpt verify: " + verify.err());
        Gcc.Result c = CTool.run(List.of(c64.toString(), image.toString()));
        assertEquals(0, c.exit(), where + ": ckptinfo: " + c.err());
      }
      Path signed = dir.resolve("demo-signed.ckpt");
      try (ImageReader r = ImageReader.open(signed)) {
        r.verify(Signing.readPublicKey(dir.resolve("demo-signed.pub.pem")));
      }
      // what the release's ckpt dump printed, today's prints: the same records, read the same way
      assertEquals(Files.readString(dir.resolve("demo.dump")), Ckpt.capture("dump", dir.resolve("demo.ckpt").toString()).out(),
          GOLDEN.relativize(dir) + ": ckpt dump of demo.ckpt");
      // the release's schema file is a schema today's readers accept, and checks its own images
      TrustedSchema schema = TrustedSchema.read(dir.resolve("container.ckptschema"));
      try (ImageReader r = ImageReader.open(dir.resolve("demo.ckpt"))) {
        ImageChecker.check(r, ImageChecker.Expectation.generic(schema));
      }
    }
  }

  @Test
  void everyGoldenImageRestoresTheStateItWasWrittenFrom() throws Exception {
    for (Path dir : releases()) {
      for (String name : List.of("demo", "scaled")) {
        Model.Container restored = new Model.Container();
        Main.dispatch(restored).restore(dir.resolve(name + ".ckpt"), Caller.privileged(),
            Set.of(RestoreContext.Flag.KEEP_LSM));
        assertEquals(Files.readString(dir.resolve(name + ".describe")), SampleContainer.describe(restored),
            GOLDEN.relativize(dir) + "/" + name + ".ckpt restored");
      }
    }
  }

  @Test
  void todaysWriterWritesTheNewestGoldenImageAgain() throws Exception {
    List<Path> releases = releases();
    Path newest = releases.get(releases.size() - 1);
    assertEquals(current(), newest, "this build's format and image version are the newest golden set");
    Path dir = Files.createDirectories(CTool.work().resolve("golden"));
    for (String name : List.of("demo", "scaled")) {
      byte[] golden = Files.readAllBytes(newest.resolve(name + ".ckpt"));
      Model.Container restored = new Model.Container();
      Main.dispatch(restored).restore(newest.resolve(name + ".ckpt"), Caller.privileged(),
          Set.of(RestoreContext.Flag.KEEP_LSM));
      Path again = dir.resolve(name + ".ckpt");
      Main.dispatch(restored).checkpoint(again);
      byte[] today = Files.readAllBytes(again);
      ByteBuffer.wrap(today).order(ByteOrder.LITTLE_ENDIAN).putLong(CREATED_NS,
          ByteBuffer.wrap(golden).order(ByteOrder.LITTLE_ENDIAN).getLong(CREATED_NS));
      reseal(today);
      assertArrayEquals(golden, today, GOLDEN.relativize(newest) + "/" + name + ".ckpt, written again today, differs: "
          + "a change of the format or layout needs a new image or format version, and a golden set of its own");
    }
  }

  @Test
  void theCReaderOfEachReleaseReadsTodaysImages() throws Exception {
    Path dir = Files.createDirectories(CTool.work().resolve("golden"));
    Path image = dir.resolve("today.ckpt");
    Main.dispatch(SampleContainer.scaled(3)).checkpoint(image);
    Gcc.Result today = CTool.run(List.of(
        CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), dir.resolve("ckptinfo_today"), "-m64").toString(),
        image.toString()));
    assertEquals(0, today.exit(), today.err());
    for (Path release : releases()) {
      // the release's ckptinfo, built against the release's generated reader
      List<String> command = new ArrayList<>(List.of("gcc"));
      command.addAll(Gcc.STRICT);
      Path program = dir.resolve("ckptinfo_" + release.getParent().getFileName() + "_" + release.getFileName());
      command.addAll(List.of("-m64", "-I" + release.resolve("reader"), "-o", program.toString(),
          release.resolve("reader/ckptinfo.c").toString()));
      Gcc.Result built = CTool.run(command);
      assertTrue(built.ok(), "the ckptinfo of " + release + "/reader does not build:\n" + built.err());
      Gcc.Result old = CTool.run(List.of(program.toString(), image.toString()));
      int version = Integer.parseInt(release.getFileName().toString().substring("container-".length()));
      if (version == ContainerImageSchema.VERSION) {
        assertEquals(0, old.exit(), GOLDEN.relativize(release) + "'s C reader refuses today's image: " + old.err());
        assertEquals(today.out(), old.out(), GOLDEN.relativize(release) + "'s C reader reads today's image otherwise");
      } else {
        // a later image version is not promised to an older reader: refused, one line, nothing printed
        assertEquals(1, old.exit(), GOLDEN.relativize(release) + "'s C reader on a later image version: " + old.out());
        assertEquals("", old.out(), GOLDEN.relativize(release) + "'s C reader prints nothing of it");
        assertEquals(1, old.err().lines().count(), old.err());
      }
    }
  }

  /**
   * The Java build of each release ({@code reader-java/ckptgen-example.jar}, that release's example
   * jar whole: its runtime, image module, generated codecs, reader and dispatch) restores today's
   * images where the rules promise it (an image of its own image version), and prints what today's
   * build prints for them; an image of a later image version it refuses with one line, exit 1.
   */
  @Test
  void theJavaBuildOfEachReleaseRestoresTodaysImages() throws Exception {
    Path dir = Files.createDirectories(CTool.work().resolve("golden"));
    Path image = dir.resolve("today-java.ckpt");
    Main.dispatch(SampleContainer.scaled(3)).checkpoint(image);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Gcc.Result today = CTool.run(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "restore", image.toString()));
    assertEquals(0, today.exit(), today.err());
    for (Path release : releases()) {
      Path jar = release.resolve("reader-java/ckptgen-example.jar");
      if (!Files.exists(jar)) {
        continue;  // sets older than the Java fixture (none today; format-1/container-1 has it)
      }
      int version = Integer.parseInt(release.getFileName().toString().substring("container-".length()));
      Gcc.Result old = CTool.run(List.of(java, "-jar", jar.toString(), "restore", image.toString()));
      String where = GOLDEN.relativize(release) + "'s Java build";
      if (version == ContainerImageSchema.VERSION) {
        assertEquals(0, old.exit(), where + " refuses today's image: " + old.err());
        assertEquals(today.out(), old.out(), where + " restores today's image otherwise");
      } else {
        // a later image version is not promised to an older build: refused, one line, nothing restored
        assertEquals(1, old.exit(), where + " on an image of a later version: " + old.out() + old.err());
        assertEquals("", old.out(), where);
        assertEquals(1, old.err().lines().count(), where + ": " + old.err());
      }
    }
    assertTrue(Files.exists(GOLDEN.resolve("format-1/container-1/reader-java/ckptgen-example.jar")),
        "the Java build of format-1/container-1 is kept under reader-java/");
  }

  private static void reseal(byte[] image) {
    int trailer = image.length - TrailerCodec.SIZE;
    CRC32C crc = new CRC32C();
    crc.update(image, 0, trailer);
    ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(trailer + 32, (int) crc.getValue());
  }


}
