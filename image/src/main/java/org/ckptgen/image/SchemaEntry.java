package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;

/**
 * One struct of the image's schema table, so that a generic reader can name, size-check and
 * skip records it has no class for.
 *
 * @param type the record type id, or 0 for a value struct
 * @param size sizeof the struct's fixed part
 * @param version the struct's version (the highest @Since of its fields)
 * @param flags SCHEMA_SHARED (1) for a shared object, SCHEMA_VARIABLE (2) when a variable member follows
 * @param name the C name of the struct
 */
@CkptStruct(cName = "ckpt_schema_entry")
public record SchemaEntry(
    @U32 int type,
    @U32 int size,
    @U32 int version,
    @U32 int flags,
    @FixedString(length = 48) String name) {

  /** {@link #flags()}: the struct is a shared object, written once and referenced by objref. */
  public static final int SHARED = 1;

  /** {@link #flags()}: a variable-length member follows the fixed part. */
  public static final int VARIABLE = 2;
}
