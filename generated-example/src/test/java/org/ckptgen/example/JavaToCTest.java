package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.RecordText;
import org.ckptgen.example.demo.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java writes an image with the generated codecs; dump_image.c, built against the generated
 * header alone, prints every field of the header, schema table, records and trailer and checks
 * the CRC32C; the lines must equal what Java says of the same image. Built 64-bit, 32-bit, and
 * 64-bit with AddressSanitizer and UBSan.
 */
class JavaToCTest {
  /** A build of dump_image: its name and gcc flags. */
  private record Build(String name, List<String> flags) {}

  private static final List<Build> BUILDS = List.of(
      new Build("dump_image_64", List.of("-m64")),
      new Build("dump_image_32", List.of("-m32")),
      new Build("dump_image_asan", List.of("-m64", "-g", "-fsanitize=address,undefined",
          "-fno-sanitize-recover=all", "-fno-omit-frame-pointer")));
  private static final List<Path> programs = new ArrayList<>();

  @BeforeAll
  static void buildDumpImage() throws Exception {
    for (Build b : BUILDS) {
      programs.add(CTool.build(CTool.MAIN_C.resolve("dump_image.c"), CTool.work().resolve(b.name()),
          b.flags().toArray(new String[0])));
    }
  }

  private static Path image(String name, List<Record> records) throws Exception {
    Path file = CTool.work().resolve(name + ".ckpt");
    ImageFile.write(records, file, 1_700_000_000_123_456_789L);
    return file;
  }

  private static void cReadsWhatJavaWrote(String name, List<Record> records) throws Exception {
    Path file = image(name, records);
    ImageFile.Contents contents = ImageFile.read(file);
    List<String> expected = records.stream().map(RecordText::of).collect(Collectors.toList());
    assertEquals(expected, ImageFile.text(contents).subList(2, expected.size() + 2), "Java reads back what it wrote");
    String java = String.join("\n", ImageFile.text(contents)) + "\n";
    for (int i = 0; i < programs.size(); i++) {
      CTool.Result r = CTool.run(List.of(programs.get(i).toString(), file.toString()));
      assertEquals(0, r.exit(), BUILDS.get(i).name() + ": " + r.err());
      assertTrue(r.err().isEmpty(), BUILDS.get(i).name() + " printed errors (a sanitizer report?): " + r.err());
      assertEquals(java, r.out(), BUILDS.get(i).name());
    }
  }

  @Test
  void theSampleContainer() throws Exception {
    cReadsWhatJavaWrote("container", Samples.container());
  }

  @Test
  void recordsAtTheEdges() throws Exception {
    cReadsWhatJavaWrote("edges", Samples.edges());
  }

  /** Runs every build on a spoiled copy of the sample image; each must fail with {@code reason}. */
  private static void cRejects(String name, byte[] bytes, String reason) throws Exception {
    Path file = Files.write(CTool.work().resolve(name + ".ckpt"), bytes);
    for (Path program : programs) {
      CTool.Result r = CTool.run(List.of(program.toString(), file.toString()));
      assertEquals(1, r.exit(), program + ": " + r.out());
      assertTrue(r.err().contains(reason), program + ": " + r.err());
      assertTrue(!r.err().contains("Sanitizer") && !r.err().contains("runtime error"), r.err());
    }
  }

  @Test
  void cRejectsABadImageWithTheOffset() throws Exception {
    byte[] bytes = Files.readAllBytes(image("good", Samples.container()));
    cRejects("half-trailer", java.util.Arrays.copyOf(bytes, bytes.length - 20),
        "offset " + (bytes.length - 40) + ": bad record header");
    cRejects("no-trailer", java.util.Arrays.copyOf(bytes, bytes.length - 40),
        "offset " + (bytes.length - 40) + ": the image ends without a trailer");
    byte[] flipped = bytes.clone();
    flipped[300] ^= 1;
    cRejects("flipped", flipped, "checksum mismatch");
    byte[] notAnImage = bytes.clone();
    notAnImage[8] = 'X';
    cRejects("magic", notAnImage, "offset 0: not a ckptgen image");
  }
}
