package org.ckptgen.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A C build takes the example's attached zip (classifier {@code c}) as docs/C-CONSUMERS.md says:
 * through its pkg-config file, and through its CMake package; either way ckptinfo builds from
 * the zip alone and reads an image the Java side wrote.
 */
class CConsumerTest {
  @TempDir
  static Path dir;
  private static Path zip;
  private static Path image;

  @BeforeAll
  static void unzipAndCheckpoint() throws Exception {
    zip = dir.resolve("zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Jdk.LIBS.resolve("ckptgen-generated-example-c.zip")))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        Path to = zip.resolve(e.getName()).normalize();
        assertTrue(to.startsWith(zip), e.getName());
        if (!e.isDirectory()) {
          Files.createDirectories(to.getParent());
          Files.copy(in, to);
        }
      }
    }
    for (String f : List.of("include/container_ckpt_hdr.h", "include/container_ckpt_reader.h", "include/ckptgen_reader.h",
        "share/ckptgen/container.ckptschema", "src/ckptinfo.c",
        "lib/pkgconfig/ckptgen-container.pc", "lib/cmake/ckptgen-container/ckptgen-container-config.cmake", "LICENSE")) {
      assertTrue(names.contains(f), f + " in " + names);
    }
    Path demo = dir.resolve("demo");
    Jdk.ok("java", List.of("-cp", Jdk.path("generated-example", "image", "runtime", "annotations"),
        "org.ckptgen.example.Main", "demo", demo.toString()));
    image = demo.resolve("container.ckpt");
    assertTrue(Files.isRegularFile(image));
  }

  private static String run(Path workdir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true);
    b.environment().putAll(env);
    Process p = b.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    return out;
  }

  private static void readsTheImage(Path ckptinfo) throws Exception {
    String out = run(dir, Map.of(), ckptinfo.toString(), image.toString());
    assertTrue(out.startsWith("image container version " + org.ckptgen.example.container.ContainerImageSchema.VERSION
        + " format 1 "), out);
    assertTrue(out.contains(" ckpt_hdr_cred {\"uid\":"), out);
  }

  @Test
  void pkgConfig() throws Exception {
    Map<String, String> env = Map.of("PKG_CONFIG_PATH", zip.resolve("lib/pkgconfig").toString());
    String cflags = run(dir, env, "pkg-config", "--cflags", "ckptgen-container").trim();
    assertTrue(cflags.startsWith("-I"), cflags);
    assertEquals(zip.resolve("include"), Path.of(cflags.substring(2)).normalize(), cflags);
    Path out = dir.resolve("ckptinfo-pc");
    run(dir, env, "sh", "-c", "gcc -std=c11 -Wall -Wextra -pedantic -Werror $(pkg-config --cflags ckptgen-container) -o "
        + out + " " + zip.resolve("src/ckptinfo.c"));
    readsTheImage(out);
  }

  @Test
  void cmakePackage() throws Exception {
    Path project = Files.createDirectories(dir.resolve("cmake-project"));
    Files.writeString(project.resolve("CMakeLists.txt"), String.join("\n",
        "cmake_minimum_required(VERSION 3.13)",
        "project(reader C)",
        "find_package(ckptgen-container CONFIG REQUIRED)",
        "add_executable(ckptinfo " + zip.resolve("src/ckptinfo.c") + ")",
        "set_property(TARGET ckptinfo PROPERTY C_STANDARD 11)",
        "target_link_libraries(ckptinfo PRIVATE ckptgen::container)", ""));
    Path build = project.resolve("build");
    run(project, Map.of(), "cmake", "-S", ".", "-B", build.toString(), "-DCMAKE_PREFIX_PATH=" + zip);
    run(project, Map.of(), "cmake", "--build", build.toString());
    readsTheImage(build.resolve("ckptinfo"));
  }
}
