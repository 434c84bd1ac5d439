package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;

/**
 * One constant of one enum of the image's structs.
 *
 * @param enumId the enum, as a field entry's ref names it (0, 1, ... in order of first use)
 * @param code the constant's stable code
 * @param name the constant's Java name, as JSON prints it
 */
@CkptStruct(cName = "ckpt_enum_value")
public record EnumValue(@U32 int enumId, @U32 int code, @FixedString(length = 48) String name) {}
