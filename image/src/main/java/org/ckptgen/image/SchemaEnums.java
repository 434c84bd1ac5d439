package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The enum table, the third record of every image: the constants of every enum that a field
 * table entry refers to, so that a generic reader names codes and rejects unknown ones.
 *
 * @param values the constants, grouped by enum
 */
@CkptStruct(type = 0x0006, cName = "ckpt_hdr_enums")
public record SchemaEnums(@VarArray(max = 1 << 20) EnumValue[] values) {}
