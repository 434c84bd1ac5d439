package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "lsm" subsystem: every security label.
 *
 * @param labels the labels, by objref
 */
@CkptStruct(type = 0x0112)
public record LsmSection(@ObjRef(LsmLabel.class) @VarArray(max = 65536) int[] labels) {}
