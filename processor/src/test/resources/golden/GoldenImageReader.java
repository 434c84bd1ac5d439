package test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageChecker;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.ImageReader;
import org.ckptgen.image.Progress;
import org.ckptgen.image.RecordView;
import org.ckptgen.image.Trailer;
import org.ckptgen.image.tools.ImageDump;
import org.ckptgen.image.tools.ImageRewriter;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.RecordCodec;

/**
 * Reads "golden" images in user space: every record decoded by its codec, from a file (checked
 * whole first) or a stream (one pass); the image as JSON; and typed rewriting, such as the
 * id-mapping filter of linux-cr. Needs ckptgen-runtime, ckptgen-image and the generated
 * classes only: no subsystem.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class GoldenImageReader {
  private GoldenImageReader() {
  }

  /**
   * Reads the image at {@code image}, memory-mapped: checks all of it first, as restore does
   * (framing, CRC32C, tables, image name and version, schema, sections, every record and objref),
   * then visits every record in order. Returns the trailer. A signed image is read, its signature
   * unchecked; {@link #read(Path, Visitor, PublicKey)} requires one.
   */
  public static Trailer read(Path image, Visitor visitor) throws IOException, CkptFormatException {
    return read(image, visitor, null);
  }

  /**
   * As {@link #read(Path, Visitor)}, for an image that must be signed by {@code key}, an Ed25519
   * public key (null: any image): checked after the framing and CRC32C, before the tables and
   * before any record is visited.
   */
  public static Trailer read(Path image, Visitor visitor, PublicKey key) throws IOException,
      CkptFormatException {
    try (ImageReader r = ImageReader.open(image)) {
      return read(r, visitor, key);
    }
  }

  /**
   * Reads an image from {@code in} as {@link #read(Path, Visitor)} reads a file, with the same
   * verdict: the stream is read whole first (into the heap up to 32 MiB, otherwise into an
   * unlinked temporary file, see {@link ImageReader#open(java.nio.channels.ReadableByteChannel)}) and checked
   * all, so that no record of a bad image is visited. The caller closes {@code in}.
   */
  public static Trailer read(InputStream in, Visitor visitor) throws IOException,
      CkptFormatException {
    return read(in, visitor, null);
  }

  /**
   * As {@link #read(InputStream, Visitor)}, for an image that must be signed by {@code key} (null:
   * any image), checked before any record is visited.
   */
  public static Trailer read(InputStream in, Visitor visitor, PublicKey key) throws IOException,
      CkptFormatException {
    try (ImageReader r = ImageReader.open(Channels.newChannel(in))) {
      return read(r, visitor, key);
    }
  }

  private static Trailer read(ImageReader r, Visitor visitor, PublicKey key) throws IOException,
      CkptFormatException {
    check(r, key);
    Trailer trailer = r.verify();
    for (RecordView record : r.records()) {
      visit(record, r.layout(), visitor);
    }
    return trailer;
  }

  /**
   * Decodes {@code record} by its type and hands it to {@code visitor}'s method for the type.
   */
  public static void visit(RecordView record, ImageLayout layout, Visitor visitor) throws
      IOException, CkptFormatException {
    RecordCodec<?> codec = GoldenImageSchema.codec(record.type());
    if (codec == null) {
      visitor.other(record, layout);
    } else {
      visit(record.type(), record.position(), record.decode(codec), visitor);
    }
  }

  /**
   * Hands {@code value}, a decoded record of type {@code type}, to {@code visitor}'s method for it.
   */
  private static void visit(int type, long position, Object value, Visitor visitor) throws
      IOException {
    switch (type) {
      case 0x0300 -> visitor.pair(position, (Pair) value);
      case 0x0301 -> visitor.owner(position, (Owner) value);
      case 0x0302 -> visitor.task(position, (Task) value);
      case 0x0303 -> visitor.note(position, (Note) value);
      case 0x0304 -> visitor.page(position, (Page) value);
      default -> throw new AssertionError(type);
    }
  }

  /**
   * What {@code edit} makes of {@code value}, a decoded record of type {@code type}.
   */
  private static Object edited(int type, Object value, Edit edit) {
    return switch (type) {
      case 0x0300 -> edit.pair((Pair) value);
      case 0x0301 -> edit.owner((Owner) value);
      case 0x0302 -> edit.task((Task) value);
      case 0x0303 -> edit.note((Note) value);
      case 0x0304 -> edit.page((Page) value);
      default -> throw new AssertionError(type);
    };
  }

  /**
   * Writes the whole image at {@code image} to {@code out} as one JSON document, checked first.
   */
  public static void json(Path image, Appendable out) throws IOException, CkptFormatException {
    json(image, out, null);
  }

  /**
   * As {@link #json(Path, Appendable)}, for an image that must be signed by {@code key} (null: any
   * image), checked before a byte is written.
   */
  public static void json(Path image, Appendable out, PublicKey key) throws IOException,
      CkptFormatException {
    try (ImageReader r = ImageReader.open(image)) {
      check(r, key);
      ImageDump.json(r, out, Progress.NONE);
    }
  }

  /**
   * Rewrites the image {@code in} to {@code out} (which may be the same file) with {@code edit}'s
   * changes and a new checksum. {@code in} is checked whole first; {@code out} appears all at
   * once, only after it has been read back and decoded. Returns the new trailer. The output is
   * unsigned: the signature of a signed {@code in} would not match it (ckpt sign signs it again).
   */
  public static Trailer rewrite(Path in, Path out, Edit edit) throws IOException,
      CkptFormatException {
    try (ImageReader r = ImageReader.open(in)) {
      check(r, null);
    }
    return ImageRewriter.rewrite(in, out, GoldenImageSchema.trusted(), (record, layout) -> rewritten(record, edit), Progress.NONE);
  }

  /**
   * The new bytes {@code edit} gives {@code record}, or null to keep them (as for a record this
   * schema has no class for).
   */
  private static ByteBuffer rewritten(RecordView record, Edit edit) throws CkptFormatException {
    RecordCodec<?> codec = GoldenImageSchema.codec(record.type());
    if (codec == null) {
      return null;
    }
    Object value = record.decode(codec);
    return encoded(codec, value, edited(record.type(), value, edit));
  }

  /**
   * The record's new bytes, or null when the edit kept it.
   */
  private static <T> ByteBuffer encoded(RecordCodec<T> codec, Object before, Object after) {
    if (after == before) {
      return null;
    }
    Objects.requireNonNull(after, "an edit returned null; it returns the record it was given to keep it");
    T record = codec.recordClass().cast(after);
    ByteBuffer bytes = ByteBuffer.allocate(codec.encodedLength(record));
    codec.encode(record, bytes, 0);
    return bytes;
  }

  /**
   * The whole-image check of restore, with this build's tables and codecs: one verdict. With a
   * {@code key} (null: none required), the image must be signed by it.
   */
  private static void check(ImageReader r, PublicKey key) throws CkptFormatException {
    ImageChecker.check(r, new ImageChecker.Expectation(GoldenImageSchema.trusted(),
        GoldenImageSchema::codec), key);
  }

  /**
   * Receives an image's records in order, each decoded by its codec. Every method does nothing
   * unless overridden.
   */
  public interface Visitor {
    /**
     * A {@code struct ckpt_hdr_pair} record (type {@code 0x0300}) at byte {@code position} of the image.
     */
    default void pair(long position, Pair value) throws IOException {
    }

    /**
     * A {@code struct ckpt_hdr_owner} record (type {@code 0x0301}) at byte {@code position} of the image.
     */
    default void owner(long position, Owner value) throws IOException {
    }

    /**
     * A {@code struct ckpt_hdr_task} record (type {@code 0x0302}) at byte {@code position} of the image.
     */
    default void task(long position, Task value) throws IOException {
    }

    /**
     * A {@code struct ckpt_hdr_note} record (type {@code 0x0303}) at byte {@code position} of the image.
     */
    default void note(long position, Note value) throws IOException {
    }

    /**
     * A {@code struct ckpt_hdr_page} record (type {@code 0x0304}) at byte {@code position} of the image.
     */
    default void page(long position, Page value) throws IOException {
    }

    /**
     * A record this schema has no class for: a section or objref record, or a type of a newer
     * writer. {@code new GenericDecoder(layout)} reads it by the image's own field table.
     */
    default void other(RecordView record, ImageLayout layout) throws IOException,
        CkptFormatException {
    }
  }

  /**
   * What {@link #rewrite} does to each record: every method returns the record to write in its
   * place, or the very instance it was given to keep the record's bytes as they are.
   */
  public interface Edit {
    /**
     * The {@code struct ckpt_hdr_pair} to write instead of {@code value}; {@code value} itself to keep it.
     */
    default Pair pair(Pair value) {
      return value;
    }

    /**
     * The {@code struct ckpt_hdr_owner} to write instead of {@code value}; {@code value} itself to keep it.
     */
    default Owner owner(Owner value) {
      return value;
    }

    /**
     * The {@code struct ckpt_hdr_task} to write instead of {@code value}; {@code value} itself to keep it.
     */
    default Task task(Task value) {
      return value;
    }

    /**
     * The {@code struct ckpt_hdr_note} to write instead of {@code value}; {@code value} itself to keep it.
     */
    default Note note(Note value) {
      return value;
    }

    /**
     * The {@code struct ckpt_hdr_page} to write instead of {@code value}; {@code value} itself to keep it.
     */
    default Page page(Page value) {
      return value;
    }
  }
}
