package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The field table, the second record of every image: every member of every struct of the
 * header's schema table, padding and counts included, in the order of their offsets.
 *
 * @param fields the members, grouped by struct in schema-table order
 */
@CkptStruct(type = 0x0005, cName = "ckpt_hdr_fields")
public record SchemaFields(@VarArray(max = 1 << 20) FieldEntry[] fields) {}
