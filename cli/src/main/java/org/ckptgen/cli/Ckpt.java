package org.ckptgen.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageSignature;
import org.ckptgen.image.Printable;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Signing;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.image.tools.IdRemap;
import org.ckptgen.image.tools.ImageDiff;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.image.tools.ImageRewriter;
import org.ckptgen.runtime.CkptFormatException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code ckpt}, the image tool. It reads any ckptgen image with nothing but the image's own
 * header and tables (record types are named from its schema table), or, with {@code --schema},
 * by the build's schema file, which the image's tables must then match ({@link SchemaOption}). Text goes out in UTF-8
 * whatever the locale, as ckptinfo prints it; every failure to write it is an exit code.
 */
// INHERIT: every subcommand takes -h/--help and lists the exit codes too
@Command(name = "ckpt", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "ckpt 0.1.0",
    description = "Inspects, checks, compares and writes ckptgen checkpoint images. IMAGE may be - for "
        + "standard input; an OUT of - is standard output.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the image is valid (info, dump, verify), was written (remap, encode, sign, keygen), the images are equal "
          + "(diff)",
      "1:the image is not valid, one line says at which offset and why (for encode: the JSON, at which line); "
          + "diff: the images differ",
      "2:wrong usage (an unknown option, a bad --uid or --gid mapping, remap without --schema, a --schema that is "
          + "no schema file, a --key file that is no Ed25519 key)",
      "3:the image could not be read (no such file, permission denied, I/O error)",
      "4:the output could not be written (OUT, or standard output: a full disk, permission denied)",
      "5:diff only: an image is not valid",
      "70:an internal error of ckpt (a bug)",
      "141:standard output was closed before the end (| head): ends quietly, as a program stopped by SIGPIPE"})
public final class Ckpt {
  static final int INVALID = 1;
  static final int DIFFERENT = 1;
  static final int USAGE = 2;
  static final int IO_ERROR = 3;
  static final int OUTPUT_ERROR = 4;
  static final int DIFF_INVALID = 5;
  static final int INTERNAL = 70;
  static final int PIPE_CLOSED = 141;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs ckpt on the process's own standard output and error, in UTF-8; returns the exit code. */
  static int run(String[] args) {
    // numbers in ASCII digits, as ckptinfo and scripts read them: printf follows the default locale
    // (PrintWriter.printf takes Locale.getDefault(), not the FORMAT category), and an Arabic or Thai one
    // prints its own digits; ckpt's words are English in every locale anyway
    Locale.setDefault(Locale.ROOT);
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(Streams.stdout(), StandardCharsets.UTF_8),
        1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
    cl.setOut(out);
    cl.setErr(err);
    int code;
    try {
      code = cl.execute(args);
    } catch (InternalError e) {
      // a read of a mapped file faulted outside the reader's own checks: it was truncated under it
      err.println("ckpt: the image file changed while it was read (truncated?); read it again once its writer is done");
      code = INVALID;
    }
    try {
      out.flush();
    } catch (Streams.OutputFailed e) {
      // reported below
    }
    Streams.OutputFailed failed = Streams.failure();
    if (failed != null && code != OUTPUT_ERROR && code != PIPE_CLOSED) {
      code = outputFailed(err, failed);  // a failure that a command, or picocli's help, did not pass on
    }
    err.flush();
    return code;
  }

  /** The commands, in the order of {@code ckpt --help}; added by hand, so that a run builds only its own. */
  private static final List<String> COMMANDS = List.of("info", "dump", "verify", "diff", "encode", "remap", "sign",
      "keygen", "completion");

  private static Object command(String name) {
    return switch (name) {
      case "info" -> new Info();
      case "dump" -> new Dump();
      case "verify" -> new Verify();
      case "diff" -> new Diff();
      case "encode" -> new Encode();
      case "remap" -> new Remap();
      case "sign" -> new Sign();
      case "keygen" -> new Keygen();
      default -> new Completion();
    };
  }

  /** What one run of {@link #capture} printed: its exit code, standard output and standard error. */
  public record Captured(int exit, String out, String err) {}

  /**
   * Runs ckpt in this process with its output and errors captured, as tests and tools that embed
   * it do; the process's own streams are left alone.
   */
  public static Captured capture(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Captured(exit, out.toString(), err.toString());
  }

  /** The command line, with errors as one line each and the exit codes of {@code --help}. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The command line with every command, or with only {@code command} (if it is one): picocli
   * reads each command's annotations when it is added, about a third of ckpt's start. (No lambdas
   * on this path: each costs a class spun at run time, which the class-data archive would not hold.)
   */
  static CommandLine commandLine(String command) {
    CommandLine cl = new CommandLine(new Ckpt());
    boolean one = command != null && COMMANDS.contains(command);
    for (String name : COMMANDS) {
      if (!one || name.equals(command)) {
        cl.addSubcommand(name, command(name));
      }
    }
    Errors errors = new Errors();
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionStrategy(errors);
    cl.setExecutionExceptionHandler(errors);
    return cl;
  }

  /** Every error as one line and its exit code. */
  private static final class Errors implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionStrategy,
      CommandLine.IExecutionExceptionHandler {

    /** Wrong usage: one line, as every other error, and where to look. */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine at = e.getCommandLine();
      at.getErr().println("ckpt: " + e.getMessage() + " (" + at.getCommandSpec().qualifiedName() + " --help shows how)");
      return USAGE;
    }

    /** Help and version text is printed outside the handler below: a failed write there too is one line. */
    @Override
    public int execute(CommandLine.ParseResult parsed) {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (Streams.OutputFailed e) {
        return outputFailed(parsed.commandSpec().commandLine().getErr(), e);
      } catch (CommandLine.ExecutionException e) {
        if (e.getCause() instanceof Streams.OutputFailed o) {
          return outputFailed(parsed.commandSpec().commandLine().getErr(), o);
        }
        throw e;
      }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
      PrintWriter err = line.getErr();
      if (e instanceof Streams.OutputFailed o) {
        return outputFailed(err, o);
      }
      if (e instanceof IOException io) {
        err.println(Printable.line("ckpt: " + Streams.words(io)));
        return IO_ERROR;
      }
      if (e instanceof Streams.InputFailed in) {
        err.println(Printable.line("ckpt: " + in.where + ": " + in.getMessage()));
        return IO_ERROR;
      }
      err.println(Printable.line("ckpt: internal error: "
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())));
      return INTERNAL;
    }
  }

  /** One line for a failed write, or nothing for a closed pipe: its reader has all it wanted. */
  static int outputFailed(PrintWriter err, Streams.OutputFailed e) {
    if (e.closed()) {
      return PIPE_CLOSED;
    }
    err.println(Printable.line("ckpt: cannot write " + e.where + ": " + e.getMessage()));
    return OUTPUT_ERROR;
  }

  /** Prints {@code ckpt: FILE: at offset N...: reason} and returns {@link #INVALID}. */
  static int invalid(PrintWriter err, Path image, CkptFormatException e) {
    // messages quote image strings escaped already; the line itself is kept to one line
    err.println(Printable.line("ckpt: " + Streams.name(image) + ": " + e.getMessage()));
    return INVALID;
  }

  /**
   * Opens {@code image} for commands that check a whole image before they use it: a file is mapped;
   * standard input or a pipe is first copied to a temporary file (unlinked at once, so nothing is
   * left behind).
   */
  static ImageReader open(Path image) throws IOException, CkptFormatException {
    try {
      if (Streams.streamed(image)) {
        try (InputStream in = Streams.open(image)) {
          return ImageReader.open(Channels.newChannel(in));
        }
      }
      return ImageReader.open(image);
    } catch (FileSystemException e) {
      throw e.getFile() != null && e.getFile().equals(Streams.name(image)) ? e : Streams.inWords(e, image);
    } catch (IOException e) {
      throw Streams.inWords(e, image);
    }
  }

  /** {@code --key PUBLIC} of the commands that read: the image must be signed by that key. */
  static final class KeyOption {
    @Option(names = "--key", paramLabel = "PUBLIC", description = "require the image to be signed by this Ed25519 "
        + "public key (X.509, DER or PEM): an unsigned image, another key's or one changed since it was signed is "
        + "not valid. Without it, a signed image is valid and its signature not checked.")
    Path file;

    /** The key, or null without --key; a file that is no Ed25519 public key is wrong usage. */
    PublicKey load(CommandLine.Model.CommandSpec spec) throws IOException {
      if (file == null) {
        return null;
      }
      try {
        return Signing.readPublicKey(file);
      } catch (InvalidKeyException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--key " + file + ": " + e.getMessage());
      }
    }
  }

  /** A private key file for --key or --sign; a file that is no Ed25519 private key is wrong usage. */
  static PrivateKey privateKey(Path file, String option, CommandLine.Model.CommandSpec spec) throws IOException {
    try {
      return Signing.signingKey(Signing.readPrivateKey(file));
    } catch (InvalidKeyException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " " + file + ": " + e.getMessage());
    }
  }

  /**
   * What a verified image says of its signature: {@code , signed by key ID (signature valid)} where
   * {@code key} was required, {@code , signed by key ID (signature not checked; --key checks it)}
   * where it was not, nothing for an unsigned image.
   */
  static String signatureNote(ImageSignature s, PublicKey key) {
    if (s == null) {
      return "";
    }
    return ", signed by key " + Signing.hex(s.keyId())
        + (key != null ? " (signature valid)" : " (signature not checked; --key checks it)");
  }

  @Command(name = "verify", description = "Checks all of the image that can be checked without the subsystems' "
      + "code, as restore's whole-image check does: framing, trailer and CRC32C, with --key the signature, the "
      + "tables, the sections against the subsystem table, every record decoded and checked by the tables, every "
      + "objref resolved and of its type, required references not 0. Exit 0 if valid. Standard input or a pipe is "
      + "copied first.")
  static final class Verify implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file, or - for standard input")
    Path image;

    @CommandLine.Mixin
    KeyOption keyOption = new KeyOption();

    @CommandLine.Mixin
    SchemaOption schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PublicKey key = keyOption.load(spec);
      try (ImageReader r = open(image)) {
        Trailer t = check(r, schema, key);
        out.printf("%s: valid %s image, %d records, %d bytes, CRC32C 0x%08x%s; layout: %s%n", Streams.name(image),
            r.header().imageName(), t.nrecords() + 1, r.size(), t.crc32c(), signatureNote(r.signature(), key),
            schema.layout());
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }
  }

  /**
   * Restore's whole-image check of {@code r} (docs/FORMAT.md, "A valid image") against the schema
   * of --schema, or else the image's own tables: the verdict of the build that wrote them. With a
   * {@code key} (--key), the image must be signed by it.
   */
  static Trailer check(ImageReader r, SchemaOption schema, PublicKey key) throws IOException, CkptFormatException {
    Trailer t = r.verify(key);  // the signature, where a key is required, before the tables are believed
    ImageChecker.check(r, ImageChecker.Expectation.generic(schema.trusted(r)), key);
    return t;
  }

  // header: the line in ckpt's command list; description: one paragraph, which picocli wraps
  @Command(name = "dump", header = "Prints every record, by the image's own schema or --schema's.", description =
      "Prints every record after the header's tables, by the image's own schema (which a forged image can forge: "
      + "info and verify say so), or with --schema by the build's: one line each, "
      + "<offset> <struct> <fields as JSON> (the text of the C reader's ckptinfo), or with --json one "
      + "JSON document that ckpt encode turns back into the same image. Progress goes to stderr for "
      + "images over 64 MiB when stderr is a terminal.")
  static final class Dump implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file, or - for standard input")
    Path image;

    @Option(names = "--json", description = "print one JSON document: image, schema, fields, enums, records, "
        + "signature (of a signed image), trailer")
    boolean json;

    @CommandLine.Mixin
    KeyOption keyOption = new KeyOption();

    @CommandLine.Mixin
    SchemaOption schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PublicKey key = keyOption.load(spec);
      try (ImageReader r = open(image); ProgressBar bar = bar(image, r.size(), spec)) {
        r.verify(key);  // the signature before a line is printed
        schema.apply(r);
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

  static ProgressBar bar(Path image, long size, CommandLine.Model.CommandSpec spec) {
    return ProgressBar.shows(size, ProgressBar.stderrIsTerminal())
        ? new ProgressBar(spec.commandLine().getErr(), Streams.isStd(image) ? "-" : image.getFileName().toString())
        : new ProgressBar(null, null);
  }

  @Command(name = "diff", header = "Compares two images record by record.", description =
      "Compares two images by their own schemas (unverified; with --schema, by the build's): the header, then "
      + "records matched by section and "
      + "identity (a shared object by its objref id, any other record by its struct and its place among "
      + "those of the section), member by member by name. One line per difference: 'header MEMBER: A -> B', "
      + "'~ SECTION KEY MEMBER: A -> B', '+ SECTION KEY at OFFSET' (only in B), '- SECTION KEY at OFFSET' "
      + "(only in A); nothing when they are equal. Exit 0 equal, 1 they differ, 5 an image is not valid.")
  static final class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "the first image, or - for standard input")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the second image, or - for standard input")
    Path b;

    @Option(names = "--json", description = "print one JSON document: {\"equal\": ..., \"changes\": [...]}")
    boolean json;

    @Option(names = "--ignore-time", description = "do not compare the creation times")
    boolean ignoreTime;

    @CommandLine.Mixin
    KeyOption keyOption = new KeyOption();

    @CommandLine.Mixin
    SchemaOption schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (Streams.isStd(a) && Streams.isStd(b)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "only one of A and B can be standard input");
      }
      PrintWriter out = spec.commandLine().getOut();
      PublicKey key = keyOption.load(spec);  // both images must be signed by it
      Path current = a;
      try (ImageReader x = open(a)) {
        x.verify(key);
        schema.apply(x);
        current = b;  // so that a fault of B, in its header too, names B
        try (ImageReader y = open(b)) {
          y.verify(key);
          schema.apply(y);
          return print(ImageDiff.diff(x, y, !ignoreTime), out);
        }
      } catch (CkptFormatException e) {
        invalid(spec.commandLine().getErr(), current, e);
        return DIFF_INVALID;
      }
    }

    private int print(List<ImageDiff.Change> changes, PrintWriter out) {
      if (json) {
        StringBuilder s = new StringBuilder("{\"equal\":").append(changes.isEmpty()).append(",\"changes\":[");
        for (int i = 0; i < changes.size(); i++) {
          changes.get(i).json(s.append(i > 0 ? ",\n" : "\n"));
        }
        out.append(s).append(changes.isEmpty() ? "]}\n" : "\n]}\n");
      } else {
        for (ImageDiff.Change c : changes) {
          out.append(c.text()).append('\n');
        }
      }
      out.flush();
      return changes.isEmpty() ? 0 : DIFFERENT;
    }
  }

  @Command(name = "encode", header = "Writes the image that a JSON dump describes.", description =
      "Reads JSON as ckpt dump --json writes it (edited or not) and writes the image it describes, with the "
      + "document's own header and tables: every value is checked against them, each record must read back "
      + "as given, and the image is read back whole before it replaces OUT. Offsets and the trailer in the "
      + "JSON are ignored: the writer computes them. dump --json, encode, dump --json gives the same bytes.")
  static final class Encode implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JSON", description = "the JSON document, or - for standard input")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write the image, or - for standard output")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Streams.isStd(input) && Files.isDirectory(input)) {
        throw new FileSystemException(input.toString(), null, "is a directory, not a JSON document");
      }
      try (InputStream in = Streams.open(input)) {
        Trailer t = Output.image(output, target -> Output.atomically(target, channel -> JsonImage.encode(in, channel)));
        if (!Streams.isStd(output)) {
          spec.commandLine().getOut().printf("%s: %d records, %d bytes, CRC32C 0x%08x%n", output, t.nrecords() + 1,
              t.totalLength() + TrailerCodec.SIZE, t.crc32c());
        }
        return 0;
      } catch (JsonImage.BadJson e) {
        spec.commandLine().getErr().println(Printable.line("ckpt: " + Streams.name(input) + ": " + e.getMessage()));
        return INVALID;
      } catch (CkptFormatException e) {
        spec.commandLine().getErr().println("ckpt: " + Streams.name(input) + ": the image written does not read back: "
            + e.getMessage());
        return INVALID;
      }
    }
  }

  @Command(name = "remap", header = "Writes a copy of the image with user and group ids mapped.", description =
      "Writes a copy of IMAGE to OUT with user and group ids mapped in every member marked @Uid or "
      + "@Gid (sorted id arrays are sorted again), and a new checksum: the id-mapping filter of the "
      + "linux-cr discussion. OUT is replaced only once the new image is whole and checked; an OUT of - "
      + "gets it only then too.")
  static final class Remap implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE", description = "the image to read, or - for standard input")
    Path image;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write the remapped image (may be IMAGE), "
        + "or - for standard output")
    Path output;

    @Option(names = "--uid", paramLabel = "A:B", description = "map user id A to B (repeatable)")
    List<String> uids = new ArrayList<>();

    @Option(names = "--gid", paramLabel = "A:B", description = "map group id A to B (repeatable)")
    List<String> gids = new ArrayList<>();

    @CommandLine.Mixin
    KeyOption keyOption = new KeyOption();

    @Option(names = "--sign", paramLabel = "PRIVATE", description = "sign OUT with this Ed25519 private key (PKCS#8, "
        + "DER or PEM); without it OUT is unsigned, whether IMAGE was signed or not")
    Path signWith;

    @CommandLine.Mixin
    SchemaOption schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      IdRemap remap = new IdRemap(mapping(uids, "--uid"), mapping(gids, "--gid"));
      if (!schema.given()) {
        // which members hold ids is the tables' word: an image's own can be forged to hide them
        throw new CommandLine.ParameterException(spec.commandLine(), "remap writes an image that will be restored, "
            + "so it reads the image by a trusted layout: give the image kind's schema file with --schema FILE");
      }
      PublicKey key = keyOption.load(spec);
      PrivateKey signer = signWith == null ? null : privateKey(signWith, "--sign", spec);
      Path spool = null;
      try {
        Path source = image;
        if (Streams.streamed(image)) {  // ImageRewriter reads a file: standard input's bytes go to one first
          spool = Files.createTempFile("ckpt-", ".ckpt");
          try (InputStream in = Streams.open(image)) {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
          }
          source = spool;
        }
        // the input is read and checked first, so that what fails later is the writing of OUT
        TrustedSchema trusted;
        try (ImageReader r = open(source)) {
          r.verify(key);
          schema.apply(r);
          trusted = r.trusted();
        }
        Path from = source;
        PrintWriter summary = Streams.isStd(output) ? spec.commandLine().getErr() : spec.commandLine().getOut();
        try (ProgressBar bar = bar(image, Files.size(source), spec)) {
          Trailer t = Output.image(output,
              target -> ImageRewriter.rewrite(from, target, trusted, remap, bar::at, signer));
          summary.printf("%s: %d ids remapped, %d records, CRC32C 0x%08x%n", Streams.isStd(output) ? "-" : output,
              remap.changed(), t.nrecords() + 1, t.crc32c());
        }
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      } catch (JsonImage.BadJson e) {
        throw new IllegalStateException("remap reads no JSON", e);
      } finally {
        if (spool != null) {
          Files.deleteIfExists(spool);
        }
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

  @Command(name = "info", description = "Prints the header, the schema, the sections, the checksum state and the "
      + "signature's.")
  static final class Info implements Callable<Integer> {
    @Parameters(paramLabel = "IMAGE", description = "the image file, or - for standard input")
    Path image;

    @CommandLine.Mixin
    KeyOption keyOption = new KeyOption();

    @CommandLine.Mixin
    SchemaOption schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PublicKey key = keyOption.load(spec);
      try (ImageReader r = open(image)) {
        header(r.header(), out);
        Trailer t;
        try {
          t = r.verify(key);
        } catch (CkptFormatException e) {
          out.printf("size       %d bytes%n", r.size());
          return notValid(out, e);
        }
        out.printf("size       %d bytes, %d records, CRC32C 0x%08x (valid)%n", r.size(), t.nrecords() + 1, t.crc32c());
        try {
          check(r, schema, key);
        } catch (CkptFormatException e) {
          return notValid(out, e);
        }
        out.println("layout     " + schema.layout());
        signature(r.signature(), key, out);
        Sections sections = new Sections(new GenericDecoder(r.layout()));
        for (RecordView v : r.records()) {
          sections.add(v);
        }
        sections.print(out);
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      }
    }

    /** The reason the image is not valid, whichever check found it, on stdout and (one line) on stderr. */
    private int notValid(PrintWriter out, CkptFormatException e) {
      out.println(Printable.line("verdict    NOT VALID: " + e.getMessage()));
      return invalid(spec.commandLine().getErr(), image, e);
    }

    /** {@code signature  none}, or the key id and whether the signature was checked. */
    private static void signature(ImageSignature s, PublicKey key, PrintWriter out) {
      if (s == null) {
        out.println("signature  none (unsigned)");
      } else {
        out.printf("signature  Ed25519ph, key %s, %s%n", Signing.hex(s.keyId()),
            key != null ? "valid (checked with --key)" : "NOT checked (give --key PUBLIC to check it)");
      }
    }

    private static void header(ImageHeader h, PrintWriter out) {
      out.printf("image      %s, version %d (format %d), created %s%n", Printable.escape(h.imageName()),
          Integer.toUnsignedLong(h.imageVersion()), h.formatVersion(), Instant.ofEpochSecond(0, h.createdNs()));
      out.printf("schema     %d structs, fingerprint 0x%016x%n", h.schema().length, h.schemaFingerprint());
    }

    /** Records and bytes per struct in each section. */
    private static final class Sections {
      private final GenericDecoder names;
      private final Map<String, Map<String, long[]>> sections = new LinkedHashMap<>();
      private Map<String, long[]> current;

      Sections(GenericDecoder names) {
        this.names = names;
      }

      void add(RecordView v) throws CkptFormatException {
        if (v.type() == SectionCodec.TYPE) {
          current = new LinkedHashMap<>();
          sections.put(Printable.escape(v.decode(SectionCodec.INSTANCE).subsystem()), current);
        } else if (current != null) {
          String name = names.name(v.type());
          long[] c = current.computeIfAbsent(name != null ? Printable.escape(name) : String.format("type 0x%x", v.type()),
              k -> new long[2]);
          c[0]++;
          c[1] += v.length();
        }
      }

      void print(PrintWriter out) {
        out.printf("%-12s %-30s %8s %10s%n", "section", "record", "count", "bytes");
        sections.forEach((section, records) -> records.forEach((name, c) ->
            out.printf("%-12s %-30s %8d %10d%n", section, name, c[0], c[1])));
      }
    }
  }

  @Command(name = "sign", header = "Signs an image with an Ed25519 private key.", description =
      "Writes IMAGE to OUT signed with the Ed25519 private key PRIVATE (PKCS#8, DER or PEM, as ckpt keygen and "
      + "openssl genpkey -algorithm ed25519 write it): the same bytes, then a signature record before a new "
      + "trailer. The signature of a signed IMAGE is replaced (it is not checked: give ckpt verify --key for "
      + "that). IMAGE is checked first; OUT (which may be IMAGE) is replaced only once the new image is whole "
      + "and its signature checks.")
  static final class Sign implements Callable<Integer> {
    @Option(names = "--key", paramLabel = "PRIVATE", required = true, description = "the Ed25519 private key")
    Path keyFile;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "the image to sign, or - for standard input")
    Path image;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write the signed image (may be IMAGE), "
        + "or - for standard output")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrivateKey key = privateKey(keyFile, "--key", spec);
      Path spool = null;
      try {
        Path source = image;
        if (Streams.streamed(image)) {  // signing reads a file: standard input's bytes go to one first
          spool = Files.createTempFile("ckpt-", ".ckpt");
          try (InputStream in = Streams.open(image)) {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
          }
          source = spool;
        }
        try (ImageReader r = open(source)) {
          r.verify();  // the input's faults are its own, before OUT is touched
        }
        Path from = source;
        Trailer t = Output.image(output, target -> {
          try {
            return Signing.sign(from, target, key);
          } catch (InvalidKeyException e) {
            throw new IllegalStateException("a key privateKey() checked", e);
          }
        });
        PrintWriter summary = Streams.isStd(output) ? spec.commandLine().getErr() : spec.commandLine().getOut();
        summary.printf("%s: signed by key %s, %d records, %d bytes, CRC32C 0x%08x%n", Streams.isStd(output) ? "-" : output,
            Signing.hex(Signing.keyId(Signing.publicKeyOf(key))), t.nrecords() + 1, t.totalLength() + TrailerCodec.SIZE,
            t.crc32c());
        return 0;
      } catch (CkptFormatException e) {
        return invalid(spec.commandLine().getErr(), image, e);
      } catch (InvalidKeyException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--key " + keyFile + ": " + e.getMessage());
      } catch (JsonImage.BadJson e) {
        throw new IllegalStateException("sign reads no JSON", e);
      } finally {
        if (spool != null) {
          Files.deleteIfExists(spool);
        }
      }
    }
  }

  @Command(name = "keygen", header = "Writes a new Ed25519 key pair.", description =
      "Writes a new Ed25519 key pair as PEM: the private key (PKCS#8) to PRIVATE, readable by its owner only, and "
      + "the public key (X.509) to PUBLIC; prints the key id that signed images name (the first 16 bytes of the "
      + "SHA-256 of the raw public key). Neither file may exist yet.")
  static final class Keygen implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PRIVATE", description = "the private key file to create")
    Path privateFile;

    @Parameters(index = "1", paramLabel = "PUBLIC", description = "the public key file to create")
    Path publicFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      for (Path p : List.of(privateFile, publicFile)) {
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          throw new CommandLine.ParameterException(spec.commandLine(), p + " exists; keygen overwrites no key");
        }
      }
      KeyPair pair = Signing.generate();
      try {
        writeNew(privateFile, Signing.pem(pair.getPrivate()), true);
        writeNew(publicFile, Signing.pem(pair.getPublic()), false);
        spec.commandLine().getOut().printf("key id %s%n", Signing.hex(Signing.keyId(pair.getPublic())));
      } catch (InvalidKeyException e) {
        throw new IllegalStateException("the JDK made no Ed25519 key", e);
      }
      return 0;
    }

    /** Creates {@code file} (failing if it exists), owner-only for a private key where the file system can say so. */
    private static void writeNew(Path file, String text, boolean secret) throws IOException {
      java.util.Set<java.nio.file.OpenOption> options = java.util.Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      boolean posix = file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
      java.nio.file.attribute.FileAttribute<?>[] attrs = secret && posix
          ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
          : new java.nio.file.attribute.FileAttribute<?>[0];
      try (java.nio.channels.SeekableByteChannel c = Files.newByteChannel(file, options, attrs)) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
        while (b.hasRemaining()) {
          c.write(b);
        }
      }
    }
  }

  @Command(name = "completion", header = "Prints a completion script for bash or zsh.", description =
      "Prints the completion script of ckpt for SHELL. bash: source it, or put it in "
      + "/etc/bash_completion.d/ckpt; zsh: source it from ~/.zshrc (it loads bashcompinit). The build "
      + "writes both beside the jar, in cli/target/completion/.")
  static final class Completion implements Callable<Integer> {
    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    enum Shell { bash, zsh }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(script(shell));
      return 0;
    }

    /** picocli's script, which bash and zsh (through bashcompinit) both run. */
    static String script(Shell shell) {
      String script = AutoComplete.bash("ckpt", commandLine());
      return shell == Shell.bash ? script
          : "#compdef ckpt\n# ckpt completion for zsh: source this file from ~/.zshrc\n" + script;
    }
  }
}
