package org.ckptgen.example.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ckptgen.processor.Gcc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The libFuzzer target of the generated C reader ({@code src/test/c/fuzz_reader.c}) on its corpus
 * ({@code src/test/c/fuzz-corpus}: the seeds and every minimized past finding), as CI replays it:
 * built with clang under {@code -fsanitize=fuzzer,address,undefined}, each input run once; any
 * sanitizer report, crash or leak fails. README, "Fuzzing", has the command of a long run.
 */
@Tag("fuzz")
class CReaderFuzzTest {
  static final Path INCLUDE = Path.of(System.getProperty("ckptgen.include", "target/include"));
  static final Path TEST_C = Path.of(System.getProperty("ckptgen.testc", "src/test/c"));
  static final Path CORPUS = TEST_C.resolve("fuzz-corpus");

  /** The clang command of the target, as README shows it. */
  static List<String> build(Path output) {
    return List.of("clang", "-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-O1",
        "-fsanitize=fuzzer,address,undefined", "-fno-sanitize-recover=undefined", "-I" + INCLUDE,
        "-o", output.toString(), TEST_C.resolve("fuzz_reader.c").toString());
  }

  @Test
  void theTargetReadsEveryInputOfItsCorpusCleanly() throws Exception {
    Path work = Files.createDirectories(Path.of(System.getProperty("ckptgen.work", "target/test-c")));
    Path target = work.resolve("fuzz_reader");
    Gcc.Result built = Gcc.run(build(target));
    assertTrue(built.ok(), "clang could not build the libFuzzer target (Debian: clang and libclang-rt-14-dev; "
        + ".ci/run installs them):\n" + built.err());
    List<String> run = new ArrayList<>(List.of(target.toString(), "-timeout=10", "-rss_limit_mb=512"));
    try (Stream<Path> files = Files.list(CORPUS)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> run.add(f.toString()));
    }
    assertTrue(run.size() - 3 >= Corpus.seeds().size(), "the corpus at " + CORPUS + " lacks its seeds");
    Gcc.Result r = Gcc.run(run);
    assertEquals(0, r.exit(), "the C reader's fuzz target failed on its corpus:\n" + r.err());
    assertTrue(r.err().contains("Executed " + run.get(run.size() - 1)), r.err());
  }
}
