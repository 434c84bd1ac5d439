package org.ckptgen.example.journal;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;

/**
 * The state every journal subsystem checkpoints.
 *
 * @param value the subsystem's value
 * @param entryRef a shared entry, 0 for none
 */
@CkptStruct(type = 0x0202)
public record State(int value, @ObjRef(value = Entry.class, optional = true) int entryRef) {}
