package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.VarArray;

/**
 * The first record of every image.
 *
 * @param magic "CKPTGEN"
 * @param formatVersion the version of the image format, FORMAT_VERSION
 * @param byteOrder 0x01020304, written little endian like every integer
 * @param arch the writer's architecture, ARCH_PORTABLE (0) for a JVM
 * @param imageVersion the version of the image kind, from @CheckpointImage
 * @param flags image flags; none are defined yet, so a reader rejects any it does not know
 * @param createdNs the creation time, in nanoseconds since the Unix epoch
 * @param schemaFingerprint a hash of every struct layout of the writer's schema
 * @param imageName the image kind, from @CheckpointImage
 * @param schema every struct the image may hold
 */
@CkptStruct(type = 0x0001, cName = "ckpt_hdr_image")
public record ImageHeader(
    @FixedString(length = 8) String magic,
    @U32 int formatVersion,
    @U32 int byteOrder,
    @U32 int arch,
    @U32 int imageVersion,
    @U64 long flags,
    @U64 long createdNs,
    @U64 long schemaFingerprint,
    @FixedString(length = 32) String imageName,
    @VarArray(max = 65536) SchemaEntry[] schema) {

  public static final String MAGIC = "CKPTGEN";
  public static final int FORMAT_VERSION = 1;
  public static final int BYTE_ORDER = 0x01020304;
  public static final int ARCH_PORTABLE = 0;

  /** The header of a new image written from the JVM. */
  public static ImageHeader of(String imageName, int imageVersion, long schemaFingerprint,
      SchemaEntry[] schema, long createdNs) {
    return new ImageHeader(MAGIC, FORMAT_VERSION, BYTE_ORDER, ARCH_PORTABLE, imageVersion, 0, createdNs,
        schemaFingerprint, imageName, schema);
  }
}
