package org.ckptgen.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ckptgen.runtime.CkptFormatException;

/**
 * The layout of an image kind from a source trusted more than an image: the schema file a build
 * exports ({@code <image>.ckptschema}, beside its C header and in its jar under
 * {@code META-INF/ckptgen/}), or the generated {@code <Root>Schema} class itself.
 *
 * <p>An image's own tables describe its records, but a forged image can carry forged tables; a
 * reader that believes them can be told any story. {@link #check(ImageReader)} refuses an image
 * of another kind or image version, and one whose tables differ from these: byte for byte when
 * the image claims this schema's fingerprint, by the compatibility rule of docs/FORMAT.md when it
 * claims another (a build of other struct versions). A reader that has checked an image this way
 * decodes its records by {@link #layout()}, these tables, never by the image's; that is what
 * {@link ImageReader#trust} does.
 *
 * <p>A schema file is itself an image with no sections (docs/FORMAT.md, "The schema file"); it
 * is read and checked like one.
 */
public final class TrustedSchema {
  private final ImageHeader header;
  private final SchemaFields fields;
  private final SchemaEnums enums;
  private final SchemaSubsystems subsystems;
  private final ImageLayout layout;
  private final String source;

  private TrustedSchema(ImageReader file, String source) throws CkptFormatException {
    file.verify();
    if (file.records().iterator().hasNext()) {
      RecordView first = file.records().iterator().next();
      throw new CkptFormatException(first.position(), first.type(),
          "a schema file holds the header and tables only, and this one has records after them");
    }
    this.header = file.header();
    this.fields = file.fields();
    this.enums = file.enums();
    this.subsystems = file.subsystems();
    this.layout = file.layout();
    this.source = source;
  }

  /** The schema file at {@code file}. */
  public static TrustedSchema read(Path file) throws IOException, CkptFormatException {
    try (ImageReader r = ImageReader.open(file)) {
      return new TrustedSchema(r, file.toString());
    }
  }

  /** The schema file in {@code bytes}; {@code source} names it in messages. */
  public static TrustedSchema of(byte[] bytes, String source) throws CkptFormatException {
    try (ImageReader r = ImageReader.open(Channels.newChannel(new ByteArrayInputStream(bytes)))) {
      return new TrustedSchema(r, source);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array", e);
    }
  }

  /**
   * The schema that {@code start} writes at the start of every image: what the generated
   * {@code <Root>Schema.trusted()} passes its {@code writer} as. It is the build's own, so a
   * fault in it is a bug of the build, not bad input.
   */
  public static TrustedSchema ofWriter(WriterStart start, String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      start.start(Channels.newChannel(bytes)).finish();
      return of(bytes.toByteArray(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a byte array", e);
    } catch (CkptFormatException e) {
      throw new IllegalStateException("the schema of " + source + " does not read back: " + e.getMessage(), e);
    }
  }

  /** Starts an image with its header and tables on a channel: {@code <Root>Schema::writer} at time 0. */
  @FunctionalInterface
  public interface WriterStart {
    ImageWriter start(WritableByteChannel out) throws IOException;
  }

  /**
   * The schema file {@code META-INF/ckptgen/<imageName>.ckptschema} on {@code loader}'s class
   * path, or null if there is none.
   */
  public static TrustedSchema resource(ClassLoader loader, String imageName) throws IOException, CkptFormatException {
    String name = "META-INF/ckptgen/" + imageName + ".ckptschema";
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : of(in.readAllBytes(), name);
    }
  }

  public String imageName() {
    return header.imageName();
  }

  public int imageVersion() {
    return header.imageVersion();
  }

  public long fingerprint() {
    return header.schemaFingerprint();
  }

  /** Where this schema came from: a file name, a resource or a class. */
  public String source() {
    return source;
  }

  /** The schema table: every struct of the image kind. */
  public SchemaEntry[] entries() {
    return header.schema().clone();
  }

  /** The subsystem table: the subsystems of the image kind and their state types, in section order. */
  public SchemaSubsystems subsystems() {
    return subsystems;
  }

  /**
   * The image's own header and tables as a schema, for a generic reader given no trusted one: it
   * then gives the verdict of the build whose tables the image carries.
   */
  public static TrustedSchema ofImage(ImageReader verified) throws CkptFormatException {
    return new TrustedSchema(verified.header(), verified.fields(), verified.enums(), verified.subsystems(),
        verified.layout(), "the image's own tables");
  }

  private TrustedSchema(ImageHeader header, SchemaFields fields, SchemaEnums enums, SchemaSubsystems subsystems,
      ImageLayout layout, String source) {
    this.header = header;
    this.fields = fields;
    this.enums = enums;
    this.subsystems = subsystems;
    this.layout = layout;
    this.source = source;
  }

  /** Every struct's layout, by these tables: what records of a checked image are read by. */
  public ImageLayout layout() {
    return layout;
  }

  /**
   * Checks that the verified image {@code image} is of this kind and image version, and that its
   * tables are these (the same fingerprint) or compatible with them (another one). The first
   * difference is the error, at its offset in the image.
   */
  public void check(ImageReader image) throws CkptFormatException {
    image.fields(); // only a verified image has tables to check
    check(image.header(), image.fields(), image.fieldsOffset(), image.enums(), image.enumsOffset(), image.subsystems(),
        image.subsystemsAt());
  }

  /** The same for an image's header and tables read from anywhere (a stream), given where the tables start. */
  public void check(ImageHeader h, SchemaFields theirFields, long fieldsAt, SchemaEnums theirEnums, long enumsAt,
      SchemaSubsystems theirSubsystems, long subsystemsAt) throws CkptFormatException {
    if (!h.imageName().equals(imageName())) {
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_IMAGE_NAME, ImageHeaderCodec.TYPE,
          "this is a \"" + h.imageName() + "\" image, not a \"" + imageName() + "\" image");
    }
    // an older image version is read by the rules of "Versions"; a newer one may hold what this
    // build cannot know to restore (a subsystem added later), so it is refused
    if (h.imageVersion() == 0 || Integer.compareUnsigned(h.imageVersion(), imageVersion()) > 0) {
      throw new CkptFormatException(ImageHeaderCodec.OFFSET_IMAGE_VERSION, ImageHeaderCodec.TYPE, "image version "
          + Integer.toUnsignedString(h.imageVersion()) + " of \"" + imageName() + "\"; this build restores version "
          + imageVersion() + " and older" + (h.imageVersion() == 0 ? " (versions start at 1)" : ""));
    }
    if (h.schemaFingerprint() != fingerprint()) {
      compatible(h.schema(), theirFields.fields(), fieldsAt, theirEnums.values(), enumsAt);
      compatibleSubsystems(theirSubsystems.subsystems(), subsystemsAt, h.imageVersion());
      return;
    }
    // the same fingerprint vouches for the same tables: any difference is a forgery or a bug
    sameTable("schema table", h.schema(), header.schema(), ImageHeaderCodec.TYPE, ImageHeaderCodec.OFFSET_NSCHEMA,
        ImageHeaderCodec.SIZE, SchemaEntryCodec.SIZE, SchemaEntryCodec::encode);
    sameTable("field table", theirFields.fields(), fields.fields(), SchemaFieldsCodec.TYPE, fieldsAt + SchemaFieldsCodec.OFFSET_NFIELDS,
        fieldsAt + SchemaFieldsCodec.SIZE, FieldEntryCodec.SIZE, FieldEntryCodec::encode);
    sameTable("enum table", theirEnums.values(), enums.values(), SchemaEnumsCodec.TYPE, enumsAt + SchemaEnumsCodec.OFFSET_NVALUES,
        enumsAt + SchemaEnumsCodec.SIZE, EnumValueCodec.SIZE, EnumValueCodec::encode);
    sameTable("subsystem table", theirSubsystems.subsystems(), subsystems.subsystems(), SchemaSubsystemsCodec.TYPE,
        subsystemsAt + SchemaSubsystemsCodec.OFFSET_NSUBSYSTEMS, subsystemsAt + SchemaSubsystemsCodec.SIZE, SubsystemEntryCodec.SIZE,
        SubsystemEntryCodec::encode);
  }

  /**
   * The subsystem half of the compatibility rule (docs/FORMAT.md, "Versions"), by name: every
   * subsystem whose section the image has is one of this build's, with the same state type, or one
   * this build removed with the policy {@code SKIP}; every subsystem of this build that the image
   * lacks was added after the image's version (its restore hook is told that its section is
   * absent). The image's table may list them in another order than this build's: its sections are
   * checked in its own order, so its objrefs still point back, and a restore runs the hooks in
   * this build's. The first that breaks it is the error.
   */
  private void compatibleSubsystems(SubsystemEntry[] theirs, long at, int theirVersion) throws CkptFormatException {
    Map<String, SubsystemEntry> ours = new HashMap<>();
    for (SubsystemEntry o : subsystems.subsystems()) {
      ours.put(o.name(), o);
    }
    Map<String, SubsystemEntry> sections = new HashMap<>();
    for (int i = 0; i < theirs.length; i++) {
      SubsystemEntry t = theirs[i];
      if (t.isRemoved()) {
        continue;  // its writer removed it: no section
      }
      sections.put(t.name(), t);
      SubsystemEntry o = ours.get(t.name());
      long entryAt = at + SchemaSubsystemsCodec.SIZE + (long) SubsystemEntryCodec.SIZE * i;
      if (o == null) {
        throw new CkptFormatException(entryAt, SchemaSubsystemsCodec.TYPE, "the image has a section of subsystem \""
            + t.name() + "\", which this build does not have; a build that removed it says so with"
            + " @CheckpointImage(removed = @Removed(name = \"" + t.name() + "\", policy = SKIP or REFUSE))");
      }
      if (o.isRemoved() && (o.flags() & SubsystemEntry.SKIP) == 0) {
        throw new CkptFormatException(entryAt, SchemaSubsystemsCodec.TYPE, "the image has a section of subsystem \""
            + t.name() + "\", which this build removed and refuses (@Removed policy REFUSE)");
      }
      if (!o.isRemoved() && o.stateType() != t.stateType()) {
        throw new CkptFormatException(entryAt + SubsystemEntryCodec.OFFSET_STATE_TYPE, SchemaSubsystemsCodec.TYPE,
            String.format("subsystem \"%s\" has state type 0x%x in the image, 0x%x in this build", t.name(),
                t.stateType(), o.stateType()));
      }
    }
    for (SubsystemEntry o : subsystems.subsystems()) {
      if (!o.isRemoved() && !sections.containsKey(o.name())
          && Integer.compareUnsigned(theirVersion, o.firstVersion()) >= 0) {
        throw new CkptFormatException(at + SchemaSubsystemsCodec.OFFSET_NSUBSYSTEMS, SchemaSubsystemsCodec.TYPE,
            String.format("the image (version %s) has no subsystem \"%s\", which this build has had since image "
                + "version %d", Integer.toUnsignedString(theirVersion), o.name(), o.firstVersion()));
      }
    }
  }

  /** Encodes one table entry, as its generated codec does. */
  private interface EntryEncoder<T> {
    void encode(T entry, ByteBuffer buf, int at);
  }

  /**
   * The image's {@code theirs} against the schema's {@code ours}, entry by entry: {@code countAt}
   * is where the image's entry count is, {@code firstAt} its first entry, each {@code size} bytes.
   */
  private <T extends Record> void sameTable(String table, T[] theirs, T[] ours, int type, long countAt, long firstAt,
      int size, EntryEncoder<T> encoder) throws CkptFormatException {
    for (int i = 0; i < Math.min(theirs.length, ours.length); i++) {
      if (!theirs[i].equals(ours[i])) {
        throw new CkptFormatException(firstAt + (long) size * i + firstDifference(theirs[i], ours[i], size, encoder),
            type, String.format("the image's %s differs from the schema's (%s, fingerprint 0x%016x) at entry %d%s: %s",
                table, source, fingerprint(), i, about(ours[i]), difference(theirs[i], ours[i])));
      }
    }
    if (theirs.length != ours.length) {
      throw new CkptFormatException(countAt, type, String.format(
          "the image's %s has %d entries, the schema's (%s, fingerprint 0x%016x) %d", table, theirs.length, source,
          fingerprint(), ours.length));
    }
  }

  /** Which struct or member an entry of the schema's own tables is, for the message. */
  private String about(Record entry) {
    if (entry instanceof SchemaEntry s) {
      return " (" + s.name() + ")";
    }
    if (entry instanceof FieldEntry f && Short.toUnsignedInt(f.owner()) < header.schema().length) {
      return " (" + header.schema()[Short.toUnsignedInt(f.owner())].name() + "." + f.name() + ")";
    }
    if (entry instanceof SubsystemEntry e) {
      return " (" + e.name() + ")";
    }
    return entry instanceof EnumValue e ? " (" + e.name() + ")" : "";
  }

  /** The offset of the first byte where two entries' encodings differ. */
  private static <T> int firstDifference(T theirs, T ours, int size, EntryEncoder<T> encoder) {
    ByteBuffer a = ByteBuffer.allocate(size);
    ByteBuffer b = ByteBuffer.allocate(size);
    encoder.encode(theirs, a, 0);
    encoder.encode(ours, b, 0);
    int at = a.mismatch(b);
    return Math.max(at, 0);
  }

  /** The first component in which two entries differ, with both values. */
  private static String difference(Record theirs, Record ours) {
    for (RecordComponent c : theirs.getClass().getRecordComponents()) {
      try {
        Object a = c.getAccessor().invoke(theirs);
        Object b = c.getAccessor().invoke(ours);
        if (!Objects.equals(a, b)) {
          return c.getName() + " is " + Printable.escape(String.valueOf(a)) + " in the image, " + b + " in the schema";
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("the accessor of a public record's component", e);
      }
    }
    return "they differ";
  }

  /**
   * An image of another build of the same kind (another fingerprint): every record type both
   * know must have the same struct name, the same layout in the versions both know, value structs
   * and enums it reaches included ({@link LayoutRule}), the same size unless the versions differ
   * (then the rules of docs/FORMAT.md's "Versions" apply), and the same flags; checked in this
   * order, record by record in the order of the image's schema table.
   */
  private void compatible(SchemaEntry[] theirs, FieldEntry[] theirFields, long fieldsAt, EnumValue[] theirEnums,
      long enumsAt) throws CkptFormatException {
    SchemaEntry[] ours = header.schema();
    Map<Integer, Integer> byType = new HashMap<>();
    for (int k = 0; k < ours.length; k++) {
      if (ours[k].type() != 0) {
        byType.put(ours[k].type(), k);
      }
    }
    LayoutRule layouts = new LayoutRule(theirs, theirFields, fieldsAt, theirEnums, enumsAt, ours, fields.fields(),
        enums.values());
    for (int i = 0; i < theirs.length; i++) {
      SchemaEntry t = theirs[i];
      Integer k = byType.get(t.type());
      if (t.type() == 0 || k == null) {
        continue;
      }
      SchemaEntry o = ours[k];
      long at = ImageHeaderCodec.SIZE + (long) SchemaEntryCodec.SIZE * i;
      boolean named = o.name().equals(t.name());
      if (named) {
        layouts.record(i, k);  // names the member that differs, before the size it makes differ
      }
      if (!named || (o.version() == t.version() && o.size() != t.size())) {
        throw new CkptFormatException(at, ImageHeaderCodec.TYPE,
            String.format("record type 0x%x is %s of %d bytes (version %d) in the image, but %s of %d bytes "
                + "(version %d) in this build", t.type(), Printable.escape(t.name()), Integer.toUnsignedLong(t.size()),
                Integer.toUnsignedLong(t.version()), o.name(), o.size(), o.version()));
      }
      if (o.flags() != t.flags()) {
        throw new CkptFormatException(at + SchemaEntryCodec.OFFSET_FLAGS, ImageHeaderCodec.TYPE, String.format(
            "record type 0x%x (%s) has flags %d in the image, %d in this build", t.type(), o.name(),
            Integer.toUnsignedLong(t.flags()), o.flags()));
      }
    }
  }

  @Override
  public String toString() {
    return String.format("%s (\"%s\" version %d, fingerprint 0x%016x)", source, imageName(), imageVersion(),
        fingerprint());
  }
}
