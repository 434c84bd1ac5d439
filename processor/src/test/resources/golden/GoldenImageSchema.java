package test;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import javax.annotation.processing.Generated;
import org.ckptgen.image.ImageHeader;
import org.ckptgen.image.ImageWriter;
import org.ckptgen.image.SchemaEntry;
import org.ckptgen.image.SchemaEnums;
import org.ckptgen.image.SchemaFields;
import org.ckptgen.image.SchemaSubsystems;
import org.ckptgen.image.SchemaTables;
import org.ckptgen.image.TrustedSchema;
import org.ckptgen.runtime.CodecRegistry;
import org.ckptgen.runtime.RecordCodec;

/**
 * The schema of "golden" images, version 2: every struct, the codec of every record,
 * and the fingerprint of their layouts.
 */
@Generated("org.ckptgen.processor.CkptProcessor")
public final class GoldenImageSchema {
  /**
   * The image name.
   */
  public static final String NAME = "golden";

  /**
   * The image version.
   */
  public static final int VERSION = 2;

  /**
   * The first 8 bytes of the SHA-256 of every struct layout: equal in two builds only if they agree on every byte.
   */
  public static final long FINGERPRINT = 0xeca15a4b24dab871L;

  /**
   * The codec of {@code struct ckpt_hdr_pair}, type {@code 0x0300}.
   */
  public static final RecordCodec<Pair> PAIR = PairCodec.INSTANCE;

  /**
   * The codec of {@code struct ckpt_hdr_owner}, type {@code 0x0301}.
   */
  public static final RecordCodec<Owner> OWNER = OwnerCodec.INSTANCE;

  /**
   * The codec of {@code struct ckpt_hdr_task}, type {@code 0x0302}.
   */
  public static final RecordCodec<Task> TASK = TaskCodec.INSTANCE;

  /**
   * The codec of {@code struct ckpt_hdr_note}, type {@code 0x0303}.
   */
  public static final RecordCodec<Note> NOTE = NoteCodec.INSTANCE;

  /**
   * The codec of {@code struct ckpt_hdr_page}, type {@code 0x0304}.
   */
  public static final RecordCodec<Page> PAGE = PageCodec.INSTANCE;

  /**
   * The codec of every record: by type id, by record class, and for JSON.
   */
  public static final CodecRegistry CODECS = CodecRegistry.of(NAME, PAIR, OWNER, TASK, NOTE, PAGE);

  private GoldenImageSchema() {
  }

  /**
   * The schema table of the image header: every struct of the image, value structs (type 0) included.
   */
  public static SchemaEntry[] entries() {
    return Tables.TABLES.entries();
  }

  /**
   * The field table of the image: every member of every struct of {@link #entries()}, by index.
   */
  public static SchemaFields fields() {
    return Tables.TABLES.fields();
  }

  /**
   * The enum table of the image: the constants of every enum the field table refers to.
   */
  public static SchemaEnums enums() {
    return Tables.TABLES.enums();
  }

  /**
   * The subsystem table of the image: each subsystem's name and state type, in the order of its sections.
   */
  public static SchemaSubsystems subsystems() {
    return Tables.TABLES.subsystems();
  }

  /**
   * The header of a new image created at {@code createdNs} (nanoseconds since the epoch).
   */
  public static ImageHeader header(long createdNs) {
    return ImageHeader.of(NAME, VERSION, FINGERPRINT, entries(), createdNs);
  }

  /**
   * Starts a new image on {@code out}: its header, field, enum and subsystem tables.
   */
  public static ImageWriter writer(WritableByteChannel out, long createdNs) throws IOException {
    return new ImageWriter(out, header(createdNs), fields(), enums(), subsystems());
  }

  /**
   * The header and tables every image of this schema starts with, as a trusted schema: what the
   * typed reader and restore check an image's own tables against. The same bytes as the schema file
   * {@code META-INF/ckptgen/golden.ckptschema}.
   */
  public static TrustedSchema trusted() {
    return Trusted.SCHEMA;
  }

  /**
   * The codec of record type {@code type}, or null for a type this schema does not have.
   */
  public static RecordCodec<?> codec(int type) {
    return CODECS.codec(type);
  }

  /**
   * Appends {@code record}, a decoded record of type {@code type}, as a JSON object.
   *
   * @throws IllegalArgumentException for a type this schema does not have
   */
  public static void json(int type, Object record, StringBuilder out) {
    CODECS.json(type, record, out);
  }

  /**
   * The codec of {@code record}'s class.
   *
   * @throws IllegalArgumentException if the record is not one of this schema
   */
  public static <T extends Record> RecordCodec<T> codecOf(T record) {
    return CODECS.codecOf(record);
  }

  private static final class Tables {
    /**
     * One row a line ({@link SchemaTables}): {@code struct TYPE SIZE VERSION FLAGS NAME}, then its members
     * {@code ROLE ELEMENT ARITY FLAGS ELEMENT_SIZE OFFSET LENGTH REF SINCE NAME}; {@code enum ENUM_ID CODE NAME};
     * {@code subsystem STATE_TYPE FLAGS SINCE NAME}.
     */
    static final SchemaTables TABLES = SchemaTables.parse("""
    struct 0x0000 16 1 0 ckpt_span
      1 1 0 0 8 0 1 0 1 start
      1 1 0 0 2 8 1 0 1 pages
      3 7 1 0 1 10 6 0 1 __pad1
    struct 0x0300 16 1 0 ckpt_hdr_pair
      0 0 0 0 8 0 1 0 1 h
      1 1 0 0 4 8 1 0 1 a
      1 2 0 0 1 12 1 0 1 b
      3 7 1 0 1 13 3 0 1 __pad1
    struct 0x0301 40 2 1 ckpt_hdr_owner
      0 0 0 0 8 0 1 0 1 h
      1 1 0 9 4 8 1 0 1 uid
      1 1 0 17 4 12 1 0 1 gid
      1 6 1 0 1 16 16 0 1 name
      1 1 0 0 2 32 1 0 2 umask
      3 7 1 0 1 34 6 0 2 __pad1
    struct 0x0302 104 1 2 ckpt_hdr_task
      0 0 0 0 8 0 1 0 1 h
      1 1 0 0 1 8 1 0 1 flags
      3 7 1 0 1 9 7 0 1 __pad1
      1 1 0 1 8 16 1 0 1 id
      1 3 0 0 1 24 1 0 1 mode
      3 7 1 0 1 25 1 0 1 __pad2
      1 1 0 0 2 26 1 0 1 nice
      3 7 1 0 1 28 4 0 1 __pad3
      1 5 0 0 16 32 1 0 1 stack
      1 5 1 0 16 48 2 0 1 maps
      1 4 0 0 4 80 1 769 1 owner
      1 4 1 0 4 84 2 769 1 watchers
      1 2 0 0 1 92 1 0 1 frozen
      3 7 1 0 1 93 3 0 1 __pad4
      2 1 0 0 4 96 1 0 1 nfds
      3 7 1 0 1 100 4 0 1 __pad5
      1 1 2 2 4 104 64 0 1 fds
    struct 0x0303 16 1 2 ckpt_hdr_note
      0 0 0 0 8 0 1 0 1 h
      1 1 0 1 2 8 1 0 1 level
      3 7 1 0 1 10 2 0 1 __pad1
      2 1 0 0 4 12 1 0 1 text_len
      1 6 2 0 1 16 200 0 1 text
    struct 0x0304 24 1 2 ckpt_hdr_page
      0 0 0 0 8 0 1 0 1 h
      1 1 0 0 8 8 1 0 1 address
      2 1 0 0 4 16 1 0 1 data_len
      3 7 1 0 1 20 4 0 1 __pad1
      1 7 2 4 1 24 4096 0 1 data
    enum 0 0 IDLE
    enum 0 1 RUNNING
    enum 0 255 HALTED
    subsystem 0x0302 0 0 task
    subsystem 0x0303 0 0 note
    """);
  }

  private static final class Trusted {
    static final TrustedSchema SCHEMA = TrustedSchema.ofWriter(out -> writer(out, 0), "GoldenImageSchema");
  }
}
