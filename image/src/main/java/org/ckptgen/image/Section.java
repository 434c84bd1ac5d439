package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;

/**
 * Begins the records of one subsystem; sections follow in the dispatch order of the subsystem
 * table (@Subsystem(after, before), then by name).
 *
 * @param subsystem the subsystem's name, from @Subsystem
 */
@CkptStruct(type = 0x0002, cName = "ckpt_hdr_section")
public record Section(@FixedString(length = 32) String subsystem) {}
