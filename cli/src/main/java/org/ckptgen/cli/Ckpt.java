package org.ckptgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.runtime.CkptFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ckpt}, the image inspector. It reads any ckptgen image with nothing but the image's
 * own header: record types are named from its schema table.
 */
@Command(name = "ckpt", mixinStandardHelpOptions = true, version = "ckpt 0.1.0",
    description = "Inspects ckptgen checkpoint images.",
    subcommands = {Ckpt.Info.class, Ckpt.Verify.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the image is valid (info, verify)",
      "1:the image is not valid; one line says at which offset and why",
      "2:wrong usage",
      "3:the image could not be read (no such file, I/O error)"})
public final class Ckpt {
  static final int INVALID = 1;
  static final int IO_ERROR = 3;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, with errors as one line each and the exit codes of {@code --help}. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Ckpt());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("ckpt: " + (e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e));
      return e instanceof IOException ? IO_ERROR : 2;
    });
    return cl;
  }

  /** Prints {@code ckpt: FILE: at offset N...: reason} and returns {@link #INVALID}. */
  static int invalid(PrintWriter err, Path image, CkptFormatException e) {
    err.println("ckpt: " + image + ": " + e.getMessage());
    return INVALID;
  }

  @Command(name = "verify", description = "Checks the image's framing, trailer and CRC32C; exit 0 if valid.")
  static final class Verify implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file")
    Path image;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      try (ImageReader r = ImageReader.open(image)) {
        Trailer t = r.verify();
        spec.commandLine().getOut().printf("%s: valid %s image, %d records, %d bytes, CRC32C 0x%08x%n", image,
            r.header().imageName(), t.nrecords() + 1, Files.size(image), t.crc32c());
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }
  }

  @Command(name = "info", description = "Prints the header, the schema, the sections and the checksum state.")
  static final class Info implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file")
    Path image;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (ImageReader r = ImageReader.open(image)) {
        ImageHeader h = r.header();
        out.printf("image      %s, version %d (format %d), created %s%n", h.imageName(),
            Integer.toUnsignedLong(h.imageVersion()), h.formatVersion(),
            Instant.ofEpochSecond(0, h.createdNs()));
        out.printf("schema     %d structs, fingerprint 0x%016x%n", h.schema().length, h.schemaFingerprint());
        Trailer t;
        try {
          t = r.verify();
        } catch (CkptFormatException e) {
          out.printf("size       %d bytes%n", Files.size(image));
          out.println("checksum   NOT VALID: " + e.getMessage());
          return invalid(spec.commandLine().getErr(), image, e);
        }
        out.printf("size       %d bytes, %d records, CRC32C 0x%08x (valid)%n", Files.size(image), t.nrecords() + 1,
            t.crc32c());
        Map<Integer, String> names = new HashMap<>();
        for (SchemaEntry e : h.schema()) {
          names.put(e.type(), e.name());
        }
        names.put(0x0003, "ckpt_hdr_objref");
        Map<String, Map<String, long[]>> sections = new LinkedHashMap<>();
        Map<String, long[]> current = null;
        for (RecordView v : r.records()) {
          if (v.type() == SectionCodec.TYPE) {
            current = new LinkedHashMap<>();
            sections.put(SectionCodec.decode(v.image(), v.offset()).subsystem(), current);
          } else if (current != null) {
            long[] c = current.computeIfAbsent(names.getOrDefault(v.type(), String.format("type 0x%x", v.type())),
                k -> new long[2]);
            c[0]++;
            c[1] += v.length();
          }
        }
        out.printf("%-12s %-30s %8s %10s%n", "section", "record", "count", "bytes");
        sections.forEach((section, records) -> records.forEach((name, c) ->
            out.printf("%-12s %-30s %8d %10d%n", section, name, c[0], c[1])));
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }
  }
}
