package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "groupinfo" subsystem: every set of supplementary groups.
 *
 * @param groups the group sets, by objref
 */
@CkptStruct(type = 0x0111)
public record GroupInfoSection(@ObjRef(GroupInfo.class) @VarArray(max = 65536) int[] groups) {}
