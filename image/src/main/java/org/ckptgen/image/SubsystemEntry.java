package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;

/**
 * One subsystem of the image kind, as the subsystem table lists it: its section's name and the
 * record type of the state its checkpoint hook writes.
 *
 * @param name the subsystem's name, as its section names it
 * @param stateType the record type of the section's one state record
 * @param flags none defined: 0
 */
@CkptStruct(cName = "ckpt_subsystem_entry")
public record SubsystemEntry(@FixedString(length = 32) String name, @U32 int stateType, @U32 int flags) {}
