package org.ckptgen.image;

import java.nio.ByteBuffer;
import org.ckptgen.runtime.CkptFormatException;

/**
 * What a reader of one build knows of its image kind: the name, the image version, the schema
 * fingerprint and the four tables (schema, field, enum, subsystem) that every image of the build
 * carries. {@link ImageChecker} checks an image against it, so that every reader of the build
 * (the typed reader, restore, a generic reader given the build's schema) gives one verdict.
 *
 * <p>A generic reader without a trusted schema takes {@link #of(ImageReader) the image's own}:
 * its verdict is then the one of the build whose tables the image carries.
 */
public record BuildSchema(String imageName, int imageVersion, long fingerprint, SchemaEntry[] schema,
    SchemaFields fields, SchemaEnums enums, SchemaSubsystems subsystems) {

  /** The schema an image carries, from its verified header and tables. */
  public static BuildSchema of(ImageReader verified) {
    ImageHeader h = verified.header();
    return new BuildSchema(h.imageName(), h.imageVersion(), h.schemaFingerprint(), h.schema(), verified.fields(),
        verified.enums(), verified.subsystems());
  }

  /** The layout of every struct, by these tables. */
  public ImageLayout layout() throws CkptFormatException {
    return ImageLayout.of(ImageHeader.of(imageName, imageVersion, fingerprint, schema, 0), fields, 0, enums, 0);
  }

  /**
   * The bytes of the header (created at {@code createdNs}) and of the field, enum and subsystem
   * tables, as a writer of this build writes them: the first four records of its images.
   */
  ByteBuffer[] tableRecords(long createdNs) {
    ImageHeader h = ImageHeader.of(imageName, imageVersion, fingerprint, schema, createdNs);
    return new ByteBuffer[] {encoded(RecordCodec.IMAGE_HEADER, h), encoded(RecordCodec.FIELDS, fields),
        encoded(RecordCodec.ENUMS, enums), encoded(RecordCodec.SUBSYSTEMS, subsystems)};
  }

  private static <T> ByteBuffer encoded(RecordCodec<T> codec, T value) {
    ByteBuffer b = ByteBuffer.allocate(codec.encodedLength(value));
    codec.encode(value, b, 0);
    return b;
  }
}
