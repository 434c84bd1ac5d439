package org.ckptgen.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.Printable;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.runtime.CkptFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --schema FILE}: the image kind's schema file, trusted more than the image. With it, an
 * image whose name, version or tables differ is refused, naming the first difference, and its
 * records are read by the schema's tables; without it, by the image's own, which a forged image
 * can forge too: the commands then say the layout is unverified.
 */
final class SchemaOption {
  /** The place of schema files in a build's jar (ckptgen's processor writes them there). */
  static final String IN_JAR = "META-INF/ckptgen/";
  static final String SUFFIX = ".ckptschema";

  @Option(names = "--schema", paramLabel = "FILE", description = "the image kind's schema file, <image>.ckptschema "
      + "from the build (beside its C header), or the build's jar, which holds it under " + IN_JAR + ": the image's "
      + "name, version and tables must match it, and its records are read by it. Without it the image's own tables "
      + "are used, unverified.")
  Path file;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  boolean given() {
    return file != null;
  }

  /** Checks {@code image} against the schema, if one was given, and reads it by the schema from then on. */
  void apply(ImageReader image) throws IOException, CkptFormatException {
    if (file != null) {
      image.trust(load(image.header().imageName()));
    }
  }

  /** The same for a stream, before its first record. */
  void apply(ImageStream image) throws IOException, CkptFormatException {
    if (file != null) {
      image.trust(load(image.header().imageName()));
    }
  }

  /** How the layout was checked, for the commands' output. */
  String layout() {
    return file != null ? "checked against the schema " + Printable.escape(file.toString())
        : "the image's own tables, unverified (--schema FILE checks them)";
  }

  /**
   * The schema: the file itself, or from a jar the schema named after the image (or its only
   * one). A file that is no schema is wrong usage, not an invalid image.
   */
  private TrustedSchema load(String imageName) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new FileSystemException(file.toString(), null, Files.exists(file) ? "is not a regular file" : "no such file");
    }
    try {
      if (!file.getFileName().toString().endsWith(".jar")) {
        return TrustedSchema.read(file);
      }
      try (ZipFile jar = new ZipFile(file.toFile())) {
        ZipEntry entry = jar.getEntry(IN_JAR + imageName + SUFFIX);
        if (entry == null) {
          List<String> found = new ArrayList<>();
          jar.stream().filter(e -> e.getName().startsWith(IN_JAR) && e.getName().endsWith(SUFFIX)
              && e.getName().indexOf('/', IN_JAR.length()) < 0).forEach(e -> found.add(e.getName()));
          if (found.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schema " + file + ": the jar holds "
                + (found.isEmpty() ? "no schema file" : "no " + IN_JAR + imageName + SUFFIX + ", but " + found));
          }
          entry = jar.getEntry(found.get(0));
        }
        return TrustedSchema.of(jar.getInputStream(entry).readAllBytes(), file + "!/" + entry.getName());
      }
    } catch (CkptFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Printable.line("--schema " + file + " is not a valid schema file: " + e.getMessage()));
    }
  }
}
