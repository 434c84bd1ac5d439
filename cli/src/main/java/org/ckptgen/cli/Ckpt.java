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
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.image.IdRemap;
import org.ckptgen.image.ImageDump;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageRewriter;
import org.ckptgen.image.Printable;
import org.ckptgen.image.RecordCodec;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Trailer;
import org.ckptgen.runtime.CkptFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code ckpt}, the image inspector. It reads any ckptgen image with nothing but the image's
 * own header: record types are named from its schema table.
 */
// INHERIT: every subcommand takes -h/--help and lists the exit codes too
@Command(name = "ckpt", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "ckpt 0.1.0",
    description = "Inspects ckptgen checkpoint images.",
    subcommands = {Ckpt.Info.class, Ckpt.Dump.class, Ckpt.Verify.class, Ckpt.Remap.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the image is valid (info, dump, verify), or was rewritten (remap)",
      "1:the image is not valid; one line says at which offset and why",
      "2:wrong usage (an unknown option, a bad --uid or --gid mapping)",
      "3:the image could not be read (no such file, I/O error)"})
public final class Ckpt {
  static final int INVALID = 1;
  static final int IO_ERROR = 3;

  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (InternalError e) {
      // a read of a mapped image faulted outside the reader's own checks: the file was truncated
      System.err.println("ckpt: the image file changed while it was read (truncated?); read it again once its writer is done");
      code = INVALID;
    }
    System.exit(code);
  }

  /** The command line, with errors as one line each and the exit codes of {@code --help}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Ckpt());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(Printable.line("ckpt: " + (e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e)));
      return e instanceof IOException ? IO_ERROR : 2;
    });
    return cl;
  }

  /** Prints {@code ckpt: FILE: at offset N...: reason} and returns {@link #INVALID}. */
  static int invalid(PrintWriter err, Path image, CkptFormatException e) {
    err.println(Printable.line("ckpt: " + image + ": " + e.getMessage()));
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

  // header: the line in ckpt's command list; description: one paragraph, which picocli wraps
  @Command(name = "dump", header = "Prints every record, by the image's own schema.", description =
      "Prints every record after the header's tables, by the image's own schema: one line each, "
      + "<offset> <struct> <fields as JSON> (the text of the C reader's ckptinfo), or with --json one "
      + "JSON document. Progress goes to stderr for images over 64 MiB when stderr is a terminal.")
  static final class Dump implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file")
    Path image;

    @Option(names = "--json", description = "print one JSON document: image, schema, records, trailer")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (ImageReader r = ImageReader.open(image); ProgressBar bar = ProgressBar.forImage(image, spec)) {
        if (json) {
          ImageDump.json(r, out, bar::at);
        } else {
          ImageDump.text(r, out, bar::at);
        }
        out.flush();
        return 0;
      } catch (CkptFormatException e) {
        out.flush();
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }
  }

  @Command(name = "remap", header = "Writes a copy of the image with user and group ids mapped.", description =
      "Writes a copy of IMAGE to OUT with user and group ids mapped in every member marked @Uid or "
      + "@Gid (sorted id arrays are sorted again), and a new checksum: the id-mapping filter of the "
      + "linux-cr discussion. OUT is replaced only once the new image is whole and checked.")
  static final class Remap implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE", description = "the image to read")
    Path image;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write the remapped image (may be IMAGE)")
    Path output;

    @Option(names = "--uid", paramLabel = "A:B", description = "map user id A to B (repeatable)")
    List<String> uids = new ArrayList<>();

    @Option(names = "--gid", paramLabel = "A:B", description = "map group id A to B (repeatable)")
    List<String> gids = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      IdRemap remap = new IdRemap(mapping(uids, "--uid"), mapping(gids, "--gid"));
      try (ProgressBar bar = ProgressBar.forImage(image, spec)) {
        Trailer t = ImageRewriter.rewrite(image, output, remap, bar::at);
        spec.commandLine().getOut().printf("%s: %d ids remapped, %d records, CRC32C 0x%08x%n", output,
            remap.changed(), t.nrecords() + 1, t.crc32c());
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }

    private Map<Integer, Integer> mapping(List<String> pairs, String option) {
      Map<Integer, Integer> map = new HashMap<>();
      for (String pair : pairs) {
        String[] ab = pair.split(":", -1);
        try {
          if (ab.length != 2) {
            throw new NumberFormatException();
          }
          int from = Integer.parseUnsignedInt(ab[0]);
          int to = Integer.parseUnsignedInt(ab[1]);
          if (map.putIfAbsent(from, to) != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " maps " + ab[0] + " twice");
          }
        } catch (NumberFormatException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              option + " takes A:B, two ids from 0 to 4294967295; not '" + pair + "'");
        }
      }
      return map;
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
        out.printf("image      %s, version %d (format %d), created %s%n", Printable.escape(h.imageName()),
            Integer.toUnsignedLong(h.imageVersion()), h.formatVersion(),
            Instant.ofEpochSecond(0, h.createdNs()));
        out.printf("schema     %d structs, fingerprint 0x%016x%n", h.schema().length, h.schemaFingerprint());
        Trailer t;
        try {
          t = r.verify();
        } catch (CkptFormatException e) {
          out.printf("size       %d bytes%n", Files.size(image));
          out.println(Printable.line("checksum   NOT VALID: " + e.getMessage()));
          return invalid(spec.commandLine().getErr(), image, e);
        }
        out.printf("size       %d bytes, %d records, CRC32C 0x%08x (valid)%n", Files.size(image), t.nrecords() + 1,
            t.crc32c());
        Map<Integer, String> names = new HashMap<>();
        for (SchemaEntry e : h.schema()) {
          names.put(e.type(), Printable.escape(e.name()));
        }
        names.put(0x0003, "ckpt_hdr_objref");
        Map<String, Map<String, long[]>> sections = new LinkedHashMap<>();
        Map<String, long[]> current = null;
        for (RecordView v : r.records()) {
          if (v.type() == SectionCodec.TYPE) {
            current = new LinkedHashMap<>();
            sections.put(Printable.escape(v.decode(RecordCodec.SECTION).subsystem()), current);
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
