package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U16;
import org.ckptgen.annotations.U32;

/**
 * One subsystem of the image kind, as the subsystem table lists it: its section's name and the
 * record type of the state its checkpoint hook writes; or a subsystem the build has removed, and
 * what it does with a section of it in an older image (docs/FORMAT.md, "Versions").
 *
 * @param name the subsystem's name, as its section names it
 * @param stateType the record type of the section's one state record; 0 for a removed subsystem
 * @param flags 1 (removed: no section in its images), with it 2 (skip a section of it in an older image); 0 for a subsystem the build has
 * @param since the image version that added the subsystem; 0 for one of the first version, and for a removed one
 */
@CkptStruct(cName = "ckpt_subsystem_entry")
public record SubsystemEntry(@FixedString(length = 32) String name, @U32 int stateType, @U16 short flags,
    @U16 short since) {

  /** {@link #flags()}: the build no longer has the subsystem; its images have no section of it. */
  public static final int REMOVED = 1;

  /** {@link #flags()}, with {@link #REMOVED}: a section of it in an older image is skipped; without, refused. */
  public static final int SKIP = 2;

  /** An entry of a subsystem the build has, from small values; the generated schema classes call this. */
  public static SubsystemEntry of(String name, int stateType, int since) {
    return new SubsystemEntry(name, stateType, (short) 0, (short) (since <= 1 ? 0 : since));
  }

  /** An entry of a subsystem the build has removed; the generated schema classes call this. */
  public static SubsystemEntry removed(String name, boolean skip) {
    return new SubsystemEntry(name, 0, (short) (REMOVED | (skip ? SKIP : 0)), (short) 0);
  }

  /** Whether the build has removed the subsystem. */
  public boolean isRemoved() {
    return (flags & REMOVED) != 0;
  }

  /** The first image version that has the subsystem's section: 1 for {@code since} 0. */
  public int firstVersion() {
    return Math.max(1, Short.toUnsignedInt(since));
  }
}
