package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.ckptgen.example.demo.ImageFile;
import org.ckptgen.example.demo.Samples;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated header and reader as C and C++ users build them: {@code src/test/c/portable.c}
 * (C99 and C++11 at once) compiles warning-free under the strictest common flags with gcc, clang,
 * g++ and clang++, for every language standard from C99 and C++11 to C17 and C++20, 32- and
 * 64-bit, at -O0 and -O2 (gcc's -O2 finds uninitialized reads that -O0 does not), with the
 * kernel's {@code <linux/types.h>} and without it (by the override macro, and on a system that
 * lacks it). One build per compiler runs and prints what
 * the Java reader prints; a ThreadSanitizer build reads an image from four threads at once; the
 * CRC32C agrees with the JDK's on every alignment and length, and beats a table lookup per byte.
 */
class CReaderPortabilityTest {
  private static final List<String> STRICT = List.of("-Wall", "-Wextra", "-Wpadded", "-pedantic",
      "-Wconversion", "-Wsign-conversion", "-Wshadow", "-Wcast-align", "-Werror");
  private static final Path PORTABLE = CTool.TEST_C.resolve("portable.c");
  private static final String LARGE = "-DCKPT_IMAGE=large";
  private static Path testInclude;
  private static Path image;
  private static String javaText;

  /** A compiler driver, the language it compiles and the standards it is held to. */
  private record Driver(String command, String language, List<String> standards) {}

  private static final List<Driver> DRIVERS = List.of(
      new Driver("gcc", "c", List.of("c99", "c11", "c17")),
      new Driver("clang", "c", List.of("c99", "c11", "c17")),
      new Driver("g++", "c++", List.of("c++11", "c++17", "c++20")),
      new Driver("clang++", "c++", List.of("c++11", "c++17", "c++20")));

  @BeforeAll
  static void image() throws Exception {
    testInclude = Path.of(CReaderPortabilityTest.class.getResource("/META-INF/ckptgen/include/journal_ckpt_reader.h")
        .toURI()).getParent();
    image = CTool.work().resolve("portable.ckpt");
    ImageFile.write(Samples.container(), image, 1_700_000_000_123_456_789L);
    try (ImageReader r = ImageReader.open(image)) {
      javaText = ImageDump.text(r);
    }
  }

  /** The command that compiles {@code source} with {@code driver}, {@code flags}, into {@code output}. */
  private static List<String> command(Driver driver, Path source, Path output, List<String> flags) {
    List<String> command = new ArrayList<>(List.of(driver.command(), "-x", driver.language()));
    command.addAll(STRICT);
    command.addAll(flags);
    command.addAll(List.of("-I" + CTool.INCLUDE, "-I" + testInclude));
    command.addAll(output == null ? List.of("-c", "-o", "/dev/null") : List.of("-o", output.toString()));
    command.add(source.toString());
    return command;
  }

  private static void compileAll(List<List<String>> commands) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<Gcc.Result>> results = new ArrayList<>();
      for (List<String> c : commands) {
        results.add(pool.submit(() -> CTool.run(c)));
      }
      List<String> failed = new ArrayList<>();
      for (int i = 0; i < commands.size(); i++) {
        Gcc.Result r = results.get(i).get();
        if (!r.ok() || !r.err().isEmpty()) {
          failed.add(String.join(" ", commands.get(i)) + "\n" + r.err().lines().limit(8)
              .reduce("", (a, b) -> a + "  " + b + "\n"));
        }
      }
      assertTrue(failed.isEmpty(), failed.size() + " of " + commands.size() + " builds failed or warned:\n"
          + String.join("\n", failed));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void compilesWarningFreeForEveryStandardCompilerWidthAndLevel() throws Exception {
    List<List<String>> commands = new ArrayList<>();
    for (Driver d : DRIVERS) {
      for (String std : d.standards()) {
        for (String bits : List.of("-m64", "-m32")) {
          for (String level : List.of("-O0", "-O2")) {
            commands.add(command(d, PORTABLE, null, List.of("-std=" + std, bits, level)));
          }
        }
      }
    }
    assertEquals(48, commands.size());
    compileAll(commands);
  }

  @Test
  void compilesWithoutLinuxTypesAndForTheTestImages() throws Exception {
    List<List<String>> commands = new ArrayList<>();
    for (Driver d : DRIVERS) {
      for (String bits : List.of("-m64", "-m32")) {
        // a Linux system without the kernel headers: the override takes <stdint.h>
        commands.add(command(d, PORTABLE, null, List.of("-std=" + d.standards().get(0), bits, "-O2",
            "-DCKPTGEN_NO_LINUX_TYPES")));
      }
    }
    // The test sources' reader (the same for each of their images): the journal's, bulk's and
    // huge images' structs and the 2,100 of the large one: a reader of 150,000 lines, so twice
    // only, as C with gcc -O2 (its flow warnings) and as C++ with clang++.
    commands.add(command(DRIVERS.get(0), PORTABLE, null, List.of("-std=c99", "-m32", "-O2", LARGE)));
    commands.add(command(DRIVERS.get(3), PORTABLE, null, List.of("-std=c++20", "-m64", "-O0", LARGE)));
    compileAll(commands);
  }

  /** The include directory of the compiler itself (stddef.h, stdint.h), without the C library's. */
  private static String ownIncludes(String compiler) throws Exception {
    List<String> ask = compiler.startsWith("clang") ? List.of(compiler, "-print-resource-dir")
        : List.of(compiler, "-print-file-name=include");
    Gcc.Result r = CTool.run(ask);
    assertEquals(0, r.exit(), r.err());
    String dir = r.out().trim();
    return compiler.startsWith("clang") ? dir + "/include" : dir;
  }

  @Test
  void theHeaderFindsForItselfThatLinuxTypesIsMissing() throws Exception {
    // A Linux system without the kernel's headers, as a freestanding build with only the
    // compiler's own include directory sees it: __has_include finds no <linux/types.h>, and the
    // header takes its types from <stdint.h> with no macro defined.
    Path work = CTool.work();
    Path header = Files.writeString(work.resolve("header_only.c"), String.join("\n",
        "#include \"container_ckpt_hdr.h\"",
        "int main(void) { return (int)sizeof(struct ckpt_hdr_cred) - 88; }", ""));
    Path kernel = Files.writeString(work.resolve("linux_types.c"), "#include <linux/types.h>\n");
    for (Driver d : DRIVERS) {
      List<String> bare = List.of("-std=" + d.standards().get(0), "-ffreestanding", "-nostdinc",
          "-isystem", ownIncludes(d.command()));
      Gcc.Result without = CTool.run(command(d, kernel, null, bare));
      assertFalse(without.ok(), d.command() + " still finds <linux/types.h>: the check below would prove nothing");
      List<String> build = command(d, header, null, bare);
      Gcc.Result r = CTool.run(build);
      assertTrue(r.ok() && r.err().isEmpty(), String.join(" ", build) + "\n" + r.err());
    }
  }

  @Test
  void oneBuildPerCompilerReadsAnImageAsJavaDoes() throws Exception {
    List<Driver> drivers = DRIVERS;
    List<List<String>> flags = List.of(
        List.of("-std=c99", "-m32", "-O2"),
        List.of("-std=c17", "-m64", "-O2", "-DCKPTGEN_NO_LINUX_TYPES"),
        List.of("-std=c++11", "-m64", "-O0"),
        List.of("-std=c++20", "-m32", "-O2"));
    for (int i = 0; i < drivers.size(); i++) {
      Driver d = drivers.get(i);
      Path program = CTool.work().resolve("portable_" + d.command().replace('+', 'x') + i);
      List<String> build = command(d, PORTABLE, program, flags.get(i));
      Gcc.Result built = CTool.run(build);
      assertTrue(built.ok() && built.err().isEmpty(), build + "\n" + built.err());
      Gcc.Result r = CTool.run(List.of(program.toString(), image.toString()));
      assertEquals(0, r.exit(), program + ": " + r.err());
      assertEquals(javaText, r.out(), String.join(" ", build));
    }
  }

  @Test
  void threadsReadAtOnceUnderThreadSanitizer() throws Exception {
    Path program = CTool.work().resolve("portable_tsan");
    List<String> build = command(DRIVERS.get(0), PORTABLE, program,
        List.of("-std=c11", "-O1", "-g", "-fsanitize=thread", "-pthread", "-DCKPT_THREADS=4"));
    Gcc.Result built = CTool.run(build);
    assertTrue(built.ok(), build + "\n" + built.err());
    Gcc.Result r = CTool.run(List.of(program.toString(), image.toString()));
    assertFalse(r.err().contains("ThreadSanitizer"), r.err());
    assertEquals(0, r.exit(), r.err());
    assertEquals(javaText, r.out());
  }

  private static final Pattern SPEED = Pattern.compile("(\\d+) MB/s, ([0-9.]+) times byte-at-a-time");

  /**
   * The CRC32C of every build a user may make (gcc and clang, 64- and 32-bit, and the portable
   * code forced) against the JDK's on every alignment and length; each build's instruction path
   * against its portable one; the instruction path taken wherever the CPU has SSE4.2.
   */
  @Test
  void crc32cMatchesTheJdkAtEveryAlignmentAndBeatsByteAtATime() throws Exception {
    byte[] data = new byte[4096];
    Random random = new Random(16);
    random.nextBytes(data);
    Path file = Files.write(CTool.work().resolve("crc.bin"), data);
    List<String> slices = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    List<int[]> ranges = new ArrayList<>();
    for (int off = 0; off < 8; off++) {
      for (int len : new int[] {0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 63, 64, 65}) {
        ranges.add(new int[] {off, len});
      }
    }
    for (int i = 0; i < 40; i++) {
      int off = random.nextInt(data.length);
      ranges.add(new int[] {off, random.nextInt(data.length - off + 1)});
    }
    for (int[] s : ranges) {
      CRC32C crc = new CRC32C();
      crc.update(data, s[0], s[1]);
      expected.append(String.format("%08x%n", crc.getValue()));
      slices.add(Integer.toString(s[0]));
      slices.add(Integer.toString(s[1]));
    }
    boolean sse42 = Files.readString(Path.of("/proc/cpuinfo")).contains(" sse4_2");
    record Build(Driver driver, String name, List<String> flags, String which) {}
    List<Build> builds = List.of(
        new Build(DRIVERS.get(0), "crc", List.of("-std=c11", "-O2", "-m64"), sse42 ? "sse4.2" : "portable"),
        new Build(DRIVERS.get(0), "crc32", List.of("-std=c11", "-O2", "-m32"), null),
        new Build(DRIVERS.get(1), "crc_clang", List.of("-std=c11", "-O2", "-m64"), sse42 ? "sse4.2" : "portable"),
        new Build(DRIVERS.get(0), "crc_portable", List.of("-std=c11", "-O2", "-DCKPTGEN_PORTABLE_CRC32C"), "portable"));
    for (Build b : builds) {
      Path program = CTool.work().resolve(b.name());
      List<String> build = command(b.driver(), CTool.TEST_C.resolve("crc.c"), program, b.flags());
      Gcc.Result built = CTool.run(build);
      assertTrue(built.ok() && built.err().isEmpty(), build + "\n" + built.err());
      List<String> run = new ArrayList<>(List.of(program.toString(), file.toString()));
      run.addAll(slices);
      Gcc.Result r = CTool.run(run);
      assertEquals(0, r.exit(), b.name() + ": " + r.err());
      assertEquals(expected.toString(), r.out(), b.name());
      Gcc.Result which = CTool.run(List.of(program.toString(), "--which"));
      assertEquals(0, which.exit(), which.err());
      if (b.which() != null) {  // a 32-bit build runs under qemu-i386 here, whose CPU may lack SSE4.2
        assertEquals(b.which(), which.out().strip(), b.name() + ": the CRC32C code it runs");
      }
    }

    // Slicing by 8 runs four to five times a table lookup per byte, the instruction more; twice
    // is a margin for a loaded machine that still fails the byte-at-a-time loop.
    for (String name : List.of("crc", "crc_portable")) {
      Gcc.Result speed = CTool.run(List.of(CTool.work().resolve(name).toString(), "--speed", "64"));
      assertEquals(0, speed.exit(), speed.err());
      Matcher m = SPEED.matcher(speed.out());
      assertTrue(m.find(), speed.out());
      assertTrue(Double.parseDouble(m.group(2)) >= 2.0, name + " CRC32C: " + speed.out());
    }
  }

}
