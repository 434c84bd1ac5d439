package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The subsystem table, the fourth record of every image: the subsystems of the image kind in
 * dispatch order, each with the record type of its state. The sections of the image follow it
 * exactly (docs/FORMAT.md), so a reader without the subsystems' code checks them. Part of the
 * schema fingerprint.
 *
 * @param subsystems the subsystems, in the order of their sections
 */
@CkptStruct(type = 0x0007, cName = "ckpt_hdr_subsystems")
public record SchemaSubsystems(@VarArray(max = 1 << 16) SubsystemEntry[] subsystems) {
  /** The table of an image kind without subsystems: an image that has no sections. */
  public static final SchemaSubsystems NONE = new SchemaSubsystems(new SubsystemEntry[0]);
}
