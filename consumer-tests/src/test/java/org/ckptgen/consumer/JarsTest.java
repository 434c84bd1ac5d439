package org.ckptgen.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every jar the build makes has a manifest, and every library jar names its JPMS module; each
 * library has its -sources and -javadoc jars beside it.
 */
class JarsTest {
  private static final Path ROOT = Path.of(System.getProperty("ckptgen.targets", ".."));
  private static final Map<String, String> MODULES = Map.of(
      "annotations", "org.ckptgen.annotations",
      "runtime", "org.ckptgen.runtime",
      "image", "org.ckptgen.image",
      "processor", "org.ckptgen.processor",
      "templates", "org.ckptgen.templates",
      "cli", "org.ckptgen.cli");

  @Test
  void everyLibraryJarNamesItsModule() {
    for (Map.Entry<String, String> e : MODULES.entrySet()) {
      Path jar = Path.of(Jdk.lib(e.getKey()));
      List<ModuleReference> found = new ArrayList<>(ModuleFinder.of(jar).findAll());
      assertEquals(1, found.size(), jar.toString());
      assertEquals(e.getValue(), found.get(0).descriptor().name(), jar.toString());
    }
    // the annotations are a named module, so that users' modules read java.compiler through them
    Path annotations = Path.of(Jdk.lib("annotations"));
    assertFalse(ModuleFinder.of(annotations).findAll().iterator().next().descriptor().isAutomatic());
  }

  @Test
  void everyJarOfTheBuildHasAManifest() throws IOException {
    List<Path> jars = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
          continue;
        }
        try (Stream<Path> files = Files.list(target)) {
          files.filter(f -> f.toString().endsWith(".jar")).forEach(jars::add);
        }
      }
    }
    assertTrue(jars.size() >= 15, "jars found: " + jars);
    for (Path jar : jars) {
      try (JarFile j = new JarFile(jar.toFile())) {
        Manifest m = j.getManifest();
        assertNotNull(m, jar + " has no META-INF/MANIFEST.MF");
        assertNotNull(m.getMainAttributes().getValue("Manifest-Version"), jar.toString());
      }
    }
  }

  @Test
  void theShadedJarsCarryNoModuleInfoOfWhatTheyShade() throws IOException {
    // one module's descriptor at the root would make the whole jar that module
    for (Path jar : List.of(ROOT.resolve("generated-example/target/ckptgen-example.jar"),
        ROOT.resolve("cli/target/ckpt.jar"), Path.of(Jdk.lib("processor")))) {
      try (JarFile j = new JarFile(jar.toFile())) {
        assertEquals(null, j.getEntry("module-info.class"), jar.toString());
        assertNotNull(j.getEntry("org/ckptgen/annotations/CkptStruct.class"), jar.toString());
      }
    }
  }

  @Test
  void everyLibraryHasItsSourcesAndJavadocJars() {
    for (String name : List.of("annotations", "runtime", "image", "processor", "cli")) {
      Path target = ROOT.resolve(name).resolve("target");
      for (String kind : List.of("sources", "javadoc")) {
        Path jar = target.resolve("ckptgen-" + name + "-" + System.getProperty("ckptgen.version") + "-" + kind + ".jar");
        assertTrue(Files.isRegularFile(jar), jar.toString());
      }
    }
  }
}
