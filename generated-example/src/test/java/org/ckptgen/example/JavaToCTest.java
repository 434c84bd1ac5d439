package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ckptgen.example.demo.RecordFile;
import org.ckptgen.example.demo.RecordText;
import org.ckptgen.example.demo.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java writes records with the generated codecs; dump_records.c, built against the generated
 * header alone, prints every field; the lines must equal what Java says of the same records.
 * Built 64-bit, 32-bit, and 64-bit with AddressSanitizer and UBSan.
 */
class JavaToCTest {
  /** A build of dump_records: its name and gcc flags. */
  private record Build(String name, List<String> flags) {}

  private static final List<Build> BUILDS = List.of(
      new Build("dump_records_64", List.of("-m64")),
      new Build("dump_records_32", List.of("-m32")),
      new Build("dump_records_asan", List.of("-m64", "-g", "-fsanitize=address,undefined",
          "-fno-sanitize-recover=all", "-fno-omit-frame-pointer")));
  private static final List<Path> programs = new ArrayList<>();

  @BeforeAll
  static void buildDumpRecords() throws Exception {
    for (Build b : BUILDS) {
      programs.add(CTool.build(CTool.MAIN_C.resolve("dump_records.c"), CTool.work().resolve(b.name()),
          b.flags().toArray(new String[0])));
    }
  }

  private static void cReadsWhatJavaWrote(String name, List<Record> records) throws Exception {
    Path file = CTool.work().resolve(name + ".bin");
    Files.write(file, RecordFile.encode(records).array());
    List<Record> decoded = RecordFile.decode(ByteBuffer.wrap(Files.readAllBytes(file)));
    String java = decoded.stream().map(RecordText::of).collect(Collectors.joining("\n", "", "\n"));
    assertEquals(records.stream().map(RecordText::of).collect(Collectors.joining("\n", "", "\n")), java);
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

  @Test
  void aTruncatedFileIsAnErrorInC() throws Exception {
    byte[] bytes = RecordFile.encode(Samples.container()).array();
    Path file = Files.write(CTool.work().resolve("truncated.bin"), java.util.Arrays.copyOf(bytes, bytes.length - 20));
    for (Path program : programs) {
      CTool.Result r = CTool.run(List.of(program.toString(), file.toString()));
      assertEquals(1, r.exit(), program + ": " + r.out());
      assertTrue(r.err().contains("bad record header"), program + ": " + r.err());
      assertTrue(!r.err().contains("Sanitizer") && !r.err().contains("runtime error"), r.err());
    }
  }
}
