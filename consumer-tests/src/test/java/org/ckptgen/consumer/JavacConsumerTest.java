package org.ckptgen.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's plain-javac setup: the processor jar alone on {@code -processorpath} (it carries
 * the annotations, FreeMarker and JavaPoet), the annotations, runtime and image jars on the class
 * path or, for a JPMS module, on the module path. What is generated compiles under -Werror and
 * runs.
 */
class JavacConsumerTest {
  private static final String EXPECTED = "type 0x201 size 48 length 56 uid 1000 name alice balance 42 groups [4, 27]\n";
  private static final String MAIN = "org.example.accounts.Main";

  @Test
  void theProcessorJarAloneOnTheProcessorPath(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes");
    List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
        "-processorpath", Jdk.lib("processor"),
        "-cp", Jdk.path("annotations", "runtime", "image"),
        "-d", classes.toString()));
    args.addAll(Jdk.sources(Jdk.CONSUMER.resolve("src/main/java")));
    Jdk.ok("javac", args);
    assertTrue(Files.isRegularFile(classes.resolve("org/example/accounts/AccountCodec.class")));
    assertTrue(Files.readString(classes.resolve("META-INF/ckptgen/include/accounts_ckpt_hdr.h"))
        .contains("struct ckpt_hdr_account {"));
    String out = Jdk.ok("java", List.of("-cp", classes + File.pathSeparator + Jdk.path("runtime", "image"), MAIN));
    assertEquals(EXPECTED, out);
  }

  @Test
  void aJpmsModuleRequiresTheLibrariesByTheirModuleNames(@TempDir Path dir) throws Exception {
    // the user's module: its API shows the libraries' types, so it requires them transitively;
    // no "requires java.compiler" for the generated @Generated, the annotations bring it
    Path src = dir.resolve("src");
    for (String file : Jdk.sources(Jdk.CONSUMER.resolve("src/main/java"))) {
      Path to = src.resolve(Jdk.CONSUMER.resolve("src/main/java").relativize(Path.of(file)));
      Files.createDirectories(to.getParent());
      Files.copy(Path.of(file), to);
    }
    Files.writeString(src.resolve("module-info.java"), String.join("\n",
        "module org.example.accounts {",
        "  requires transitive org.ckptgen.annotations;",
        "  requires transitive org.ckptgen.runtime;",
        "  requires transitive org.ckptgen.image;",
        "  exports org.example.accounts;",
        "}", ""));
    Path classes = dir.resolve("mods/org.example.accounts");
    List<String> args = new ArrayList<>(List.of("--release", "17", "-Werror",
        // runtime and image are automatic modules (Automatic-Module-Name); these two lints only
        // say that, as they would of any library without a module-info
        "-Xlint:all,-processing,-requires-automatic,-requires-transitive-automatic",
        "-processorpath", Jdk.lib("processor"),
        "--module-path", Jdk.path("annotations", "runtime", "image"),
        "-d", classes.toString()));
    args.addAll(Jdk.sources(src));
    Jdk.ok("javac", args);
    String out = Jdk.ok("java", List.of("--module-path",
        classes + File.pathSeparator + Jdk.path("annotations", "runtime", "image"),
        "-m", "org.example.accounts/" + MAIN));
    assertEquals(EXPECTED, out);
  }
}
