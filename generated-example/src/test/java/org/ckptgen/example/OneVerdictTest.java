package org.ckptgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32C;
import org.ckptgen.cli.Ckpt;
import org.ckptgen.example.container.ContainerImageReader;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.ImageStream;
import org.ckptgen.image.Printable;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.SectionCodec;
import org.ckptgen.image.Signing;
import org.ckptgen.image.TrailerCodec;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.processor.Gcc;
import org.ckptgen.runtime.CkptFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One verdict for every reader of the build (docs/FORMAT.md, "A valid image"): images forged
 * from real checkpoints with a seeded Random, each kind of forgery of issue 12, sealed again with
 * a valid CRC32C so that the checks past the checksum are reached. Restore's whole-image check,
 * the typed reader, the generic reader given the build's tables or its schema file, a restore
 * through the dispatch, {@code ckpt verify} (with and without {@code --schema}) and ckptinfo (64-bit, and 32-bit for every fourth image) must all say valid,
 * or invalid at the same offset for the same reason. {@code ckpt verify} without a trusted schema
 * takes the image's own tables: it is held to the same verdict wherever those are the build's.
 * Every third forgery whose framing and tables pass is signed, so that the signature record before
 * the trailer (framing, no record of a section) gets the same verdict from all of them too.
 */
class OneVerdictTest {
  private static final KeyPair KEYS = Signing.generate();
  private static Path c64;
  private static Path c32;

  @BeforeAll
  static void build() throws Exception {
    c64 = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("verdict_64"), "-m64");
    c32 = CTool.build(CTool.MAIN_C.resolve("ckptinfo.c"), CTool.work().resolve("verdict_32"), "-m32");
  }

  /** The kinds of forgery; those marked {@code own} leave the image's tables the build's. */
  enum Kind {
    PAD(true), BOOL(true), ENUM(true), NO_NUL(true), UTF8(true), COUNT(true), UNKNOWN_REF(true), ZERO_REF(true),
    MISSING_SECTION(true), EXTRA_SECTION(true), SWAPPED_SECTIONS(true), NO_STATE(true), MOVED_RECORD(true),
    OBJREF_ID(true), OBJREF_TYPE(true), RECORD_BYTE(true),
    IMAGE_NAME(false), FINGERPRINT(false), TABLE_BYTE(false), SWAPPED_MEMBERS(false), OTHER_BUILD_BYTE(false);

    final boolean ownTables;

    Kind(boolean ownTables) {
      this.ownTables = ownTables;
    }
  }

  @Test
  void everyReaderGivesOneVerdictOnForgedImages() throws Exception {
    long seed = Long.getLong("ckptgen.verdictSeed", System.nanoTime());
    Random random = new Random(seed);
    Path dir = Files.createDirectories(CTool.work().resolve("verdict"));
    List<byte[]> bases = new ArrayList<>();
    bases.add(checkpoint(SampleContainer.demo(), dir.resolve("demo.ckpt")));
    bases.add(checkpoint(SampleContainer.scaled(2 + random.nextInt(6)), dir.resolve("scaled.ckpt")));
    Map<Kind, int[]> tally = new EnumMap<>(Kind.class);
    List<String> disagreements = new ArrayList<>();
    int[] signedTally = new int[2];
    int n = 0;
    for (int round = 0; round < 10; round++) {
      for (Kind kind : Kind.values()) {
        byte[] base = bases.get(random.nextInt(bases.size()));
        byte[] forged = forge(kind, base, random);
        if (forged == null) {
          continue;  // no site of this kind in the image
        }
        Path file = Files.write(dir.resolve("forged.ckpt"), forged);
        String where = "seed " + seed + " (-Dckptgen.verdictSeed), round " + round + ", " + kind;
        boolean signed = n % 3 == 1 && signed(file);
        if (signed) {
          where += ", signed";
        }
        String verdict;
        try {
          verdict = sameVerdict(file, kind, n++ % 4 == 0, where);
        } catch (AssertionError e) {
          Files.write(dir.resolve("disagreement-" + disagreements.size() + ".ckpt"), forged);
          disagreements.add(e.getMessage());
          continue;
        }
        if (kind == Kind.SWAPPED_MEMBERS) {
          assertTrue(verdict.contains("the layout of ") && verdict.contains(": name is \""), where + ": " + verdict);
        }
        int[] t = tally.computeIfAbsent(kind, k -> new int[2]);
        t[verdict.equals("valid") ? 0 : 1]++;
        if (signed) {
          signedTally[verdict.equals("valid") ? 0 : 1]++;
        }
      }
    }
    assertTrue(disagreements.isEmpty(), disagreements.size() + " images got two verdicts (kept as " + dir
        + "/disagreement-N.ckpt):\n" + String.join("\n", disagreements));
    // each kind of forgery that breaks a rule is refused at least once; the tally names how often
    for (Kind kind : List.of(Kind.PAD, Kind.BOOL, Kind.ENUM, Kind.NO_NUL, Kind.UTF8, Kind.COUNT, Kind.UNKNOWN_REF,
        Kind.MISSING_SECTION, Kind.EXTRA_SECTION, Kind.SWAPPED_SECTIONS, Kind.NO_STATE, Kind.MOVED_RECORD,
        Kind.OBJREF_ID, Kind.OBJREF_TYPE, Kind.IMAGE_NAME, Kind.TABLE_BYTE)) {
      int[] t = tally.get(kind);
      assertTrue(t == null || t[1] > 0, "seed " + seed + ": no " + kind + " forgery was refused: " + Arrays.toString(t));
    }
    // the container's checkpoints hold no boolean (Task is no state); every other kind finds its sites
    assertTrue(tally.keySet().containsAll(List.of(Kind.PAD, Kind.ENUM, Kind.NO_NUL, Kind.UTF8, Kind.COUNT,
        Kind.UNKNOWN_REF, Kind.ZERO_REF, Kind.MISSING_SECTION, Kind.NO_STATE)), "seed " + seed + ": " + tally.keySet());
    // signed forgeries are read as others are, and some of them are refused past the signature record
    assertTrue(signedTally[1] > 0, "seed " + seed + ": signed forgeries valid/refused " + Arrays.toString(signedTally));
    // another fingerprint with the very tables of the build is compatible: valid for all
    assertEquals(0, tally.get(Kind.FINGERPRINT)[1], "seed " + seed);
    // a build whose struct has two members swapped: refused, by all, every time (the layout rule)
    assertEquals(0, tally.get(Kind.SWAPPED_MEMBERS)[0], "seed " + seed);
  }

  @Test
  void realCheckpointsAreValidForAll() throws Exception {
    Path dir = Files.createDirectories(CTool.work().resolve("verdict"));
    for (Model.Container c : List.of(SampleContainer.demo(), SampleContainer.scaled(9), SampleContainer.of(1000, 1000, 4, 5))) {
      Path file = dir.resolve("real.ckpt");
      Files.write(file, checkpoint(c, file));
      assertEquals("valid", sameVerdict(file, Kind.RECORD_BYTE, true, "a real checkpoint"));
      assertTrue(signed(file));
      assertEquals("valid", sameVerdict(file, Kind.RECORD_BYTE, true, "a real checkpoint, signed"));
    }
  }

  /** The restore check's verdict, after asserting that every other reader gives the same. */
  private static String sameVerdict(Path file, Kind kind, boolean with32, String where) throws Exception {
    String restore = Verdict.of(() -> {
      try (ImageReader r = ImageReader.open(file)) {
        ImageChecker.check(r, new ImageChecker.Expectation(ContainerImageSchema.trusted(), ContainerImageSchema::codec));
      }
    });
    assertEquals(restore, Verdict.of(() -> ContainerImageReader.read(file, new ContainerImageReader.Visitor() {})),
        where + ": the typed reader");
    assertEquals(restore, Verdict.of(() -> {
      try (ImageReader r = ImageReader.open(file)) {
        ImageChecker.check(r, ImageChecker.Expectation.generic(ContainerImageSchema.trusted()));
      }
    }), where + ": the generic reader with the build's tables");
    assertEquals(restore, Verdict.of(() -> streamed(file, ContainerImageSchema.trusted())),
        where + ": the stream reader with the build's tables");
    if (kind.ownTables) {
      assertEquals(restore, Verdict.of(() -> streamed(file, null)), where + ": the stream reader by the image's tables");
    }
    Forge.Outcome o = Forge.restore(file, Caller.privileged(), Set.of());
    String dispatch = o.failure() instanceof CkptFormatException e ? e.getMessage() : "valid";
    assertEquals(restore, dispatch, where + ": restore through the dispatch");
    String ckpt = ckptVerify(file);
    if (kind.ownTables) {
      assertEquals(Printable.line(restore), ckpt, where + ": ckpt verify");
    }
    // a generic reader given the build's schema file: the same verdict on every image; a table
    // difference names the schema by its source (the file, not the class), the only other word
    String schemaFile = CkptCliTest.schema("container");
    String bySchema = Verdict.of(() -> {
      try (ImageReader r = ImageReader.open(file)) {
        ImageChecker.check(r, ImageChecker.Expectation.generic(TrustedSchema.read(Path.of(schemaFile))));
      }
    });
    assertEquals(restore, bySchema.replace("(" + schemaFile + ", fingerprint", "(ContainerImageSchema, fingerprint"),
        where + ": the generic reader with the build's schema file");
    assertEquals(Printable.line(bySchema), ckptVerify(file, "--schema", schemaFile), where + ": ckpt verify --schema");
    // the tools print a reason that quotes the image's strings with its control characters escaped
    String printed = Printable.line(restore);
    String c = ckptinfo(c64, file);
    assertEquals(printed, c, where + ": ckptinfo -m64");
    if (with32) {
      assertEquals(printed, ckptinfo(c32, file), where + ": ckptinfo -m32");
    }
    return restore;
  }

  /**
   * An objref as the last record of a signed image: its object is missing, and every reader says
   * so at the objref; none takes the signature record that follows for the object (records end
   * before the signature record).
   */
  @Test
  void aSignatureRecordIsNoObjectOfAnObjref() throws Exception {
    Path dir = Files.createDirectories(CTool.work().resolve("verdict"));
    Path file = dir.resolve("objref-last.ckpt");
    byte[] image = checkpoint(SampleContainer.demo(), file);
    List<int[]> recs = records(image);
    int[] objref = recs.stream().filter(r -> r[2] == 3).reduce((a, b) -> b).orElseThrow();
    int ids = (int) recs.stream().filter(r -> r[2] == 3).count();
    List<int[]> parts = new ArrayList<>(recs);
    parts.add(objref);
    byte[] forged = assemble(image, parts);
    int at = forged.length - TrailerCodec.SIZE - (objref[1] - objref[0]);
    le(forged).putInt(at + 12, ids + 1);  // the next id, so that only the missing object is wrong
    Files.write(file, reseal(forged));
    assertTrue(signed(file));
    String verdict = sameVerdict(file, Kind.OBJREF_ID, true, "an objref before the signature record");
    assertEquals("at offset " + at + ", record type 0x3: objref " + (ids + 1) + " is not followed by its object", verdict);
  }

  /** Signs {@code file} in place, if its framing and tables let it be signed; whether it is signed. */
  private static boolean signed(Path file) throws Exception {
    try {
      Signing.sign(file, file, KEYS.getPrivate());
      return true;
    } catch (CkptFormatException e) {
      return false;  // ckpt sign refuses it too: the forgery is read unsigned
    }
  }

  /** Reads {@code file} as a stream to its end, checked against {@code schema} unless it is null. */
  private static void streamed(Path file, TrustedSchema schema) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      ImageStream s = ImageStream.open(in);
      if (schema != null) {
        s.trust(schema);
      }
      while (s.next() != null) {
        // every record checked as it arrives, then the trailer and the last section
      }
    }
  }

  private static String ckptVerify(Path file, String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Ckpt.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(List.of("verify"));
    args.addAll(List.of(options));
    args.add(file.toString());
    int code = cl.execute(args.toArray(new String[0]));
    if (code == 0) {
      return "valid";
    }
    assertEquals(1, code, err.toString());
    String prefix = "ckpt: " + file + ": ";
    assertTrue(err.toString().startsWith(prefix), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    return err.toString().substring(prefix.length()).trim();
  }

  private static String ckptinfo(Path program, Path file) throws Exception {
    Gcc.Result r = CTool.run(List.of(program.toString(), file.toString()));
    if (r.exit() == 0) {
      // a signed image (no --key): one line on stderr says by which key, unchecked
      assertTrue(r.err().isEmpty() || r.err().equals("ckptinfo: " + file + ": signed by key "
          + Signing.hex(Signing.keyId(KEYS.getPublic())) + "; the signature was not checked (no --key)\n"), r.err());
      return "valid";
    }
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out(), "nothing is printed of an invalid image");
    String prefix = "ckptinfo: " + file + ": ";
    assertTrue(r.err().startsWith(prefix), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    return r.err().substring(prefix.length()).trim();
  }

  private static byte[] checkpoint(Model.Container c, Path file) throws Exception {
    Main.dispatch(c).checkpoint(file);
    return Files.readAllBytes(file);
  }

  // ---- forging ----

  /** One member of one record: where it is, and what it is. */
  private record Site(int at, FieldEntry field, int count) {}

  /** The records of an image: where each starts and ends (padded), header and tables first, trailer excluded. */
  private static List<int[]> records(byte[] image) {
    ByteBuffer b = le(image);
    List<int[]> all = new ArrayList<>();
    for (int at = 0; at < image.length - TrailerCodec.SIZE; ) {
      int end = (int) ((at + Integer.toUnsignedLong(b.getInt(at + 4)) + 7) & ~7L);
      all.add(new int[] {at, end, b.getInt(at)});
      at = end;
    }
    return all;
  }

  private static ByteBuffer le(byte[] image) {
    return ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] forge(Kind kind, byte[] base, Random random) throws Exception {
    byte[] image = base.clone();
    List<int[]> recs = records(image);
    int first = recs.get(4)[0];  // after the header, the field, enum and subsystem tables
    switch (kind) {
      case IMAGE_NAME -> {
        String name = random.nextBoolean() ? "journal" : randomName(random);
        Arrays.fill(image, 56, 88, (byte) 0);
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, image, 56, name.length());
        return reseal(image);
      }
      case FINGERPRINT -> {
        le(image).putLong(48, random.nextLong());
        return reseal(image);
      }
      case TABLE_BYTE, OTHER_BUILD_BYTE -> {
        int at = 88 + random.nextInt(first - 88);
        image[at] = (byte) (image[at] ^ (1 << random.nextInt(8)));
        if (kind == Kind.OTHER_BUILD_BYTE) {
          // the tables of another build: checked by the compatibility rule, not byte for byte
          le(image).putLong(48, random.nextLong());
        }
        return reseal(image);
      }
      case SWAPPED_MEMBERS -> {
        return swappedMembers(image, recs.get(1)[0], random);
      }
      case RECORD_BYTE -> {
        int at = first + random.nextInt(image.length - TrailerCodec.SIZE - first);
        image[at] = (byte) random.nextInt(256);
        return reseal(image);
      }
      case MISSING_SECTION, EXTRA_SECTION, SWAPPED_SECTIONS, NO_STATE -> {
        return sections(kind, image, recs, random);
      }
      case MOVED_RECORD -> {
        List<int[]> out = new ArrayList<>(recs);
        int[] moved = out.remove(4 + random.nextInt(out.size() - 4));
        out.add(4 + random.nextInt(out.size() - 3), moved);
        return assemble(image, out);
      }
      case OBJREF_ID, OBJREF_TYPE -> {
        List<int[]> refs = recs.stream().filter(r -> r[2] == 3).toList();
        if (refs.isEmpty()) {
          return null;
        }
        int at = refs.get(random.nextInt(refs.size()))[0];
        if (kind == Kind.OBJREF_ID) {
          le(image).putInt(at + 12, random.nextInt(refs.size() + 3) - 1);
        } else {
          int[] other = recs.get(4 + random.nextInt(recs.size() - 4));
          le(image).putInt(at + 8, other[2]);
        }
        return reseal(image);
      }
      default -> {
        return member(kind, image, random);
      }
    }
  }

  private static String randomName(Random random) {
    StringBuilder s = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    for (int i = random.nextInt(12); i > 0; i--) {
      s.append("abcdefghijklmnopqrstuvwxyz0123456789_".charAt(random.nextInt(37)));
    }
    return s.toString();
  }

  /** A forgery of one member of a random record, found by the image's own field table. */
  private static byte[] member(Kind kind, byte[] image, Random random) throws Exception {
    List<Site> sites = new ArrayList<>();
    ImageLayout layout;
    Path tmp = Files.createTempFile("verdict", ".ckpt");
    try {
      Files.write(tmp, image);
      try (ImageReader r = ImageReader.open(tmp)) {
        r.verify();
        layout = r.layout();
        for (RecordView v : r.records()) {
          ImageLayout.Struct s = layout.byType(v.type());
          if (s != null) {
            collect(s, (int) v.position(), v.length(), layout, kind, sites, le(image));
          }
        }
      }
    } finally {
      Files.delete(tmp);
    }
    if (sites.isEmpty()) {
      return null;
    }
    Site site = sites.get(random.nextInt(sites.size()));
    FieldEntry f = site.field();
    ByteBuffer b = le(image);
    int size = Short.toUnsignedInt(f.elementSize());
    switch (kind) {
      case PAD -> image[site.at() + random.nextInt(f.length())] = (byte) (1 + random.nextInt(255));
      case BOOL -> image[site.at() + random.nextInt(Math.max(1, site.count()))] = (byte) (2 + random.nextInt(254));
      case ENUM -> {
        long code;
        do {
          code = random.nextInt(1 << Math.min(31, 8 * size));
        } while (layout.enumName(f.ref(), code) != null);
        put(b, site.at(), size, code);
      }
      case NO_NUL -> Arrays.fill(image, site.at(), site.at() + f.length(), (byte) 'a');
      case UTF8 -> image[site.at()] = (byte) (0xf8 + random.nextInt(8));
      case COUNT -> b.putInt(site.at(), (int) Math.min(0xffffffffL, Integer.toUnsignedLong(f.length()) + 1
          + random.nextInt(1000)));
      case UNKNOWN_REF -> b.putInt(site.at() + 4 * random.nextInt(Math.max(1, site.count())), 100 + random.nextInt(1 << 20));
      case ZERO_REF -> b.putInt(site.at() + 4 * random.nextInt(Math.max(1, site.count())), 0);
      default -> throw new AssertionError(kind);
    }
    return reseal(image);
  }

  /** The sites of {@code kind} in the struct at {@code at}, nested structs included. */
  private static void collect(ImageLayout.Struct s, int at, int len, ImageLayout layout, Kind kind, List<Site> sites,
      ByteBuffer b) {
    int count = 0;
    for (FieldEntry f : s.members()) {
      int size = Short.toUnsignedInt(f.elementSize());
      if (f.offset() + (f.arity() == FieldEntry.ARITY_VARIABLE ? 0 : size * (long) f.length()) > len) {
        continue;  // a member of a later version than the record
      }
      int pos = at + f.offset();
      if (f.role() == FieldEntry.ROLE_COUNT) {
        count = b.getInt(pos);
        if (kind == Kind.COUNT) {
          sites.add(new Site(pos, s.variable(), 1));
        }
        continue;
      }
      int n = f.arity() == FieldEntry.ARITY_VARIABLE ? count : f.arity() == FieldEntry.ARITY_FIXED ? f.length() : 1;
      boolean fits = switch (kind) {
        case PAD -> f.role() == FieldEntry.ROLE_PADDING;
        case BOOL -> f.element() == FieldEntry.ELEMENT_BOOL && n > 0;
        case ENUM -> f.element() == FieldEntry.ELEMENT_ENUM && n > 0;
        case NO_NUL -> f.element() == FieldEntry.ELEMENT_CHAR && f.arity() == FieldEntry.ARITY_FIXED;
        case UTF8 -> f.element() == FieldEntry.ELEMENT_CHAR && (f.arity() == FieldEntry.ARITY_FIXED || n > 0);
        case UNKNOWN_REF, ZERO_REF -> f.element() == FieldEntry.ELEMENT_OBJREF && n > 0;
        default -> false;
      };
      if (fits && f.role() != FieldEntry.ROLE_HEADER) {
        sites.add(new Site(pos, f, n));
      }
      if (f.element() == FieldEntry.ELEMENT_STRUCT && f.role() == FieldEntry.ROLE_FIELD) {
        ImageLayout.Struct nested = layout.structs().get(f.ref());
        for (int i = 0; i < n; i++) {
          collect(nested, pos + size * i, nested.size(), layout, kind, sites, b);
        }
      }
    }
  }

  private static void put(ByteBuffer b, int at, int size, long v) {
    switch (size) {
      case 1 -> b.put(at, (byte) v);
      case 2 -> b.putShort(at, (short) v);
      default -> b.putInt(at, (int) v);
    }
  }

  /** A forgery of the sections: one removed, one repeated, two swapped, or a state record removed. */
  private static byte[] sections(Kind kind, byte[] image, List<int[]> recs, Random random) {
    List<int[]> head = recs.subList(0, 4);
    List<List<int[]>> sections = new ArrayList<>();
    for (int[] r : recs.subList(4, recs.size())) {
      if (r[2] == SectionCodec.TYPE || sections.isEmpty()) {
        sections.add(new ArrayList<>());
      }
      sections.get(sections.size() - 1).add(r);
    }
    int i = random.nextInt(sections.size());
    switch (kind) {
      case MISSING_SECTION -> sections.remove(i);
      case EXTRA_SECTION -> sections.add(i, sections.get(i));
      case SWAPPED_SECTIONS -> {
        if (sections.size() < 2) {
          return null;
        }
        int j = (i + 1) % sections.size();
        List<int[]> a = sections.get(i);
        sections.set(i, sections.get(j));
        sections.set(j, a);
      }
      default -> {  // NO_STATE: the section's last record that is no objref's object
        List<int[]> s = new ArrayList<>(sections.get(i));
        int state = s.size() - 1;
        while (state > 0 && s.get(state - 1)[2] == 3) {
          state--;
        }
        if (state == 0) {
          return null;
        }
        s.remove(state);
        sections.set(i, s);
      }
    }
    List<int[]> out = new ArrayList<>(head);
    sections.forEach(out::addAll);
    return assemble(image, out);
  }

  /** The records {@code parts} of {@code image}, in this order, then a new trailer over them. */
  private static byte[] assemble(byte[] image, List<int[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int[] p : parts) {
      out.write(image, p[0], p[1] - p[0]);
    }
    byte[] trailer = Arrays.copyOfRange(image, image.length - TrailerCodec.SIZE, image.length);
    int length = out.size();
    ByteBuffer t = le(trailer);
    t.putLong(16, parts.size());
    t.putLong(24, length);
    out.write(trailer, 0, trailer.length);
    return reseal(out.toByteArray());
  }

  /**
   * The image as another build would write it whose struct has two of its fields' names swapped
   * (so the tables still keep every table rule), under another fingerprint.
   */
  private static byte[] swappedMembers(byte[] image, int fieldsAt, Random random) {
    ByteBuffer b = le(image);
    int n = b.getInt(fieldsAt + 8);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int a = fieldsAt + 16 + 72 * i;
        int c = fieldsAt + 16 + 72 * j;
        if (b.getShort(a) == b.getShort(c) && image[a + 2] == FieldEntry.ROLE_FIELD && image[c + 2] == FieldEntry.ROLE_FIELD) {
          pairs.add(new int[] {a, c});
        }
      }
    }
    int[] pair = pairs.get(random.nextInt(pairs.size()));
    byte[] name = Arrays.copyOfRange(image, pair[0] + 24, pair[0] + 72);
    System.arraycopy(image, pair[1] + 24, image, pair[0] + 24, 48);
    System.arraycopy(name, 0, image, pair[1] + 24, 48);
    b.putLong(48, random.nextLong());
    return reseal(image);
  }

  private static byte[] reseal(byte[] image) {
    int trailer = image.length - TrailerCodec.SIZE;
    CRC32C crc = new CRC32C();
    crc.update(image, 0, trailer);
    le(image).putInt(trailer + 32, (int) crc.getValue());
    assertFalse(image.length == 0);
    return image;
  }
}
