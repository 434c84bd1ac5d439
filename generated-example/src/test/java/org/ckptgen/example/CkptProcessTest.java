package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ckptgen.example.bulk.BulkImageDispatch;
import org.ckptgen.example.bulk.MemorySubsystem;
import org.ckptgen.example.model.SampleContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ckpt as a process in a shell script: pipes in and out, a full disk, a reader that goes away,
 * the C locale, the launcher and the completion scripts the build ships.
 */
class CkptProcessTest {
  @TempDir
  static Path dir;
  static Path demo;

  /** The launcher and completion scripts, as the cli module's package phase writes them. */
  static final Path CLI_TARGET = Path.of("..", "cli", "target").toAbsolutePath().normalize();

  record Run(int exit, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void image() throws Exception {
    demo = dir.resolve("demo.ckpt");
    Main.dispatch(SampleContainer.demo()).checkpoint(demo);
    // the schema files the build exported, which remap requires
    for (String kind : List.of("container", "bulk")) {
      Files.copy(Path.of(CkptCliTest.schema(kind)), dir.resolve(kind + ".ckptschema"));
    }
  }

  /** Runs {@code script} in bash, with {@code ckpt} a function running this build's ckpt, in {@code dir}. */
  static Run sh(String script, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c",
        "ckpt() { \"$JAVA\" $JOPTS -cp \"$CP\" org.ckptgen.cli.Ckpt \"$@\"; }\nset -o pipefail\n" + script);
    pb.directory(dir.toFile());
    pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    return new Run(exit, out, new String(err.join(), StandardCharsets.UTF_8));
  }

  static Run sh(String script) throws IOException, InterruptedException {
    return sh(script, Map.of());
  }

  @Test
  void aFullDiskIsExitFourAndOneLineForEveryCommand() throws Exception {
    assertEquals(0, sh("ckpt dump --json demo.ckpt > demo.json").exit());
    assertEquals(0, sh("ckpt dump --json demo.ckpt | sed 's/\"uid\":1000,\"suid\"/\"uid\":7,\"suid\"/' | ckpt encode - other.ckpt")
        .exit());
    for (String command : List.of("dump demo.ckpt", "dump --json demo.ckpt", "info demo.ckpt", "verify demo.ckpt",
        "diff demo.ckpt other.ckpt", "encode demo.json -", "remap --schema container.ckptschema demo.ckpt - --uid 1:2", "completion bash",
        "--help", "dump - < demo.ckpt", "verify - < demo.ckpt")) {
      Run r = sh("ckpt " + command + " > /dev/full");
      assertEquals(4, r.exit(), command + ": " + r.err());
      assertEquals("ckpt: cannot write standard output: no space left on device\n", r.err(), command);
    }
  }

  /** {@code | head -c 1}: ckpt stops at the first write that fails, says nothing, and exits 141 as SIGPIPE would. */
  @Test
  void aClosedPipeEndsTheCommandQuietlyAndAtOnce() throws Exception {
    Path bulk = dir.resolve("bulk.ckpt");
    BulkImageDispatch.builder().memory(new MemorySubsystem(48)).build().checkpoint(bulk);
    long start = System.nanoTime();
    Run whole = sh("ckpt dump --json bulk.ckpt > /dev/null");
    long wholeTime = System.nanoTime() - start;
    assertEquals(0, whole.exit(), whole.err());
    for (String command : List.of("dump --json bulk.ckpt", "dump bulk.ckpt", "dump --json - < bulk.ckpt",
        "remap --schema bulk.ckptschema bulk.ckpt - --uid 1:2")) {
      start = System.nanoTime();
      Run r = sh("ckpt " + command + " | head -c 1 > /dev/null; echo ${PIPESTATUS[0]}");
      long time = System.nanoTime() - start;
      assertEquals("141\n", r.text(), command + ": " + r.err());
      assertEquals("", r.err(), command);
      if (command.startsWith("dump --json bulk")) {
        assertTrue(time < wholeTime, "stopped early: " + time / 1_000_000 + " ms, the whole dump "
            + wholeTime / 1_000_000 + " ms");
      }
    }
  }

  @Test
  void standardInputAndOutputAndPipesAreImagesLikeFiles() throws Exception {
    Run file = sh("ckpt dump demo.ckpt");
    assertEquals(0, file.exit(), file.err());
    for (String piped : List.of("cat demo.ckpt | ckpt dump -", "ckpt dump - < demo.ckpt", "cat demo.ckpt | ckpt dump /dev/stdin",
        "ckpt dump <(cat demo.ckpt)")) {
      Run r = sh(piped);
      assertEquals(0, r.exit(), piped + ": " + r.err());
      assertArrayEquals(file.out(), r.out(), piped);
    }
    Run info = sh("ckpt info demo.ckpt");
    Run streamed = sh("cat demo.ckpt | ckpt info -");
    assertEquals(0, streamed.exit(), streamed.err());
    assertEquals(info.text(), streamed.text(), "info from a stream, counted in one pass, says the same");
    Run verify = sh("cat demo.ckpt | ckpt verify -");
    assertEquals(0, verify.exit(), verify.err());
    assertTrue(verify.text().startsWith("standard input: valid container image, 44 records, " + Files.size(demo) + " bytes"),
        verify.text());
    // JSON both ways through pipes, and images through them: the bytes come back
    Run back = sh("ckpt dump --json demo.ckpt | ckpt encode - - | cmp - demo.ckpt && cat demo.ckpt | ckpt diff - demo.ckpt");
    assertEquals(0, back.exit(), back.text() + back.err());
    Run remap = sh("cat demo.ckpt | ckpt remap --schema container.ckptschema - - --uid 1000:2000 | ckpt dump - | grep -c '\"uid\":2000,'");
    assertEquals(0, remap.exit(), remap.err());
    assertTrue(Integer.parseInt(remap.text().trim()) > 0, remap.text());
    assertTrue(remap.err().startsWith("-: ") && remap.err().contains(" ids remapped"), "the summary goes to stderr: "
        + remap.err());
    // a stream that is cut short, or not an image: one line, exit 1
    for (String bad : List.of("head -c 5000 demo.ckpt | ckpt verify -", "head -c 5000 demo.ckpt | ckpt dump -",
        "echo hello | ckpt info -", "head -c 100 demo.ckpt | ckpt diff - demo.ckpt")) {
      Run r = sh(bad);
      assertEquals(bad.contains("diff") ? 5 : 1, r.exit(), bad + ": " + r.err());
      assertEquals(1, r.err().lines().count(), bad + ": " + r.err());
      assertTrue(r.err().startsWith("ckpt: standard input: at offset "), r.err());
    }
  }

  @Test
  void messagesAreWordsThatNameTheUsersPath() throws Exception {
    Files.createDirectories(dir.resolve("adir"));
    Map<String, String> expected = new HashMap<>();
    expected.put("ckpt verify adir", "ckpt: adir: is a directory, not an image\n");
    expected.put("ckpt dump missing.ckpt", "ckpt: missing.ckpt: no such file\n");
    expected.put("ckpt remap --schema container.ckptschema demo.ckpt adir --uid 1:2", "ckpt: cannot write adir: is a directory\n");
    expected.put("ckpt remap --schema container.ckptschema demo.ckpt no/such/dir/out.ckpt --uid 1:2", "ckpt: cannot write no/such/dir/out.ckpt: no such file\n");
    expected.put("ckpt encode adir out.ckpt", "ckpt: adir: is a directory, not a JSON document\n");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Run r = sh(e.getKey());
      assertEquals(e.getValue(), r.err(), e.getKey());
      assertTrue(r.exit() == 3 || r.exit() == 4, e.getKey() + ": " + r.exit());
    }
  }

  /**
   * An OUT that is a pipe or a device is written to, not replaced: renaming a file over
   * /dev/full or a named pipe would take it away from every other program (as root, it did).
   */
  @Test
  void anOutThatIsAPipeOrADeviceIsWrittenToNotReplaced() throws Exception {
    Run r = sh("rm -f out.fifo && mkfifo out.fifo && { cat out.fifo > got.ckpt & } && ckpt remap --schema container.ckptschema demo.ckpt out.fifo --uid 1:2"
        + " && wait && cmp got.ckpt demo.ckpt && test -p out.fifo"
        + " && { cat out.fifo > got2.ckpt & } && ckpt dump --json demo.ckpt > demo.json && ckpt encode demo.json out.fifo"
        + " && wait && cmp got2.ckpt demo.ckpt && test -p out.fifo");
    assertEquals(0, r.exit(), r.text() + r.err());
    // a device: a copy of /dev/full's node, where this user may make one (cp -a needs root)
    Run d = sh("rm -f full.dev && cp -a /dev/full full.dev 2>/dev/null || exit 0\n"
        + "ckpt remap --schema container.ckptschema demo.ckpt full.dev --uid 1:2; echo $?; test -c full.dev && echo still a device");
    assertTrue(d.text().isEmpty() || d.text().equals("4\nstill a device\n"), d.text() + d.err());
    assertTrue(d.text().isEmpty() || d.err().equals("ckpt: cannot write full.dev: no space left on device\n"), d.err());
  }

  /** Under LANG=C ckpt prints UTF-8, as ckptinfo does: the same bytes. */
  @Test
  void textIsUtf8WhateverTheLocaleAsCkptinfoPrintsIt() throws Exception {
    Run json = sh("ckpt dump --json demo.ckpt");
    String nodename = json.text().replaceFirst("(?s).*\"nodename\":\"([^\"]*)\".*", "$1");
    Files.writeString(dir.resolve("utf8.json"), json.text().replace("\"nodename\":\"" + nodename + "\"",
        "\"nodename\":\"h\u00f4te-\u2713-\u4e2d\""), StandardCharsets.UTF_8);
    assertEquals(0, sh("ckpt encode utf8.json utf8.ckpt").exit());
    Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
    Run java = sh("ckpt dump utf8.ckpt", c);
    Run ckptinfo = sh("'" + Path.of("target", "ckptinfo").toAbsolutePath() + "' utf8.ckpt", c);
    assertEquals(0, java.exit(), java.err());
    assertEquals(0, ckptinfo.exit(), ckptinfo.err());
    assertTrue(java.text().contains("h\u00f4te-\u2713-\u4e2d"), java.text());
    assertArrayEquals(ckptinfo.out(), java.out());
    Run info = sh("ckpt dump --json utf8.ckpt | grep -c 'h\u00f4te'", c);
    assertEquals("1\n", info.text(), info.err());
    // and numbers in ASCII digits, where the JVM's locale would print Arabic-Indic or Thai ones
    for (String command : List.of("info utf8.ckpt", "dump utf8.ckpt", "verify utf8.ckpt", "diff --ignore-time utf8.ckpt demo.ckpt")) {
      Run plain = sh("ckpt " + command);
      for (String locale : List.of("-Duser.language=ar -Duser.country=EG", "-Duser.language=th -Duser.country=TH -Duser.variant=TH")) {
        Run other = sh("ckpt " + command, Map.of("JOPTS", locale));
        assertEquals(plain.text(), other.text(), command + " with " + locale);
      }
    }
  }

  @Test
  void theLauncherRunsCkptAndTheCompletionScriptsCompleteInBashAndZsh() throws Exception {
    Path launcher = CLI_TARGET.resolve("ckpt");
    assertTrue(Files.isExecutable(launcher), launcher + " is built with the jar");
    assertTrue(Files.isRegularFile(CLI_TARGET.resolve("ckpt.jsa")), "the class-data archive is built with the jar");
    Run r = sh("'" + launcher + "' verify demo.ckpt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.text().startsWith("demo.ckpt: valid container image"), r.text());
    assertEquals("", r.err(), "the archive is used or ignored, silently");

    Path bash = CLI_TARGET.resolve("completion").resolve("ckpt.bash");
    Run b = sh("source '" + bash + "'\n"
        + "COMP_WORDS=(ckpt di); COMP_CWORD=1; _complete_ckpt; echo \"${COMPREPLY[*]}\"\n"
        + "COMP_WORDS=(ckpt dump --j); COMP_CWORD=2; _complete_ckpt; echo \"${COMPREPLY[*]}\"\n"
        + "COMP_WORDS=(ckpt completion ''); COMP_CWORD=2; _complete_ckpt; echo \"${COMPREPLY[*]}\"\n"
        + "complete -p ckpt");
    assertEquals(0, b.exit(), b.err());
    assertEquals(List.of("diff", "--json", "bash zsh", "complete -o default -F _complete_ckpt ckpt"), b.text().lines().toList());

    // zsh runs the same function through bashcompinit, in sh emulation, and filters the words itself
    Path zsh = CLI_TARGET.resolve("completion").resolve("ckpt.zsh");
    ProcessBuilder pb = new ProcessBuilder("zsh", "-f", "-c", "source '" + zsh + "' || exit 9\n"
        + "emulate sh -c 'COMP_WORDS=(ckpt di); COMP_CWORD=1; _complete_ckpt; echo \"${COMPREPLY[*]}\"'\n"
        + "emulate sh -c 'COMP_WORDS=(ckpt encode x --h); COMP_CWORD=3; _complete_ckpt; echo \"${COMPREPLY[*]}\"'\n");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertEquals(0, p.waitFor(), String.join("\n", lines));
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(List.of(lines.get(0).split(" ")).contains("diff"), lines.get(0));
    assertTrue(List.of(lines.get(1).split(" ")).contains("--help"), lines.get(1));
  }
}
