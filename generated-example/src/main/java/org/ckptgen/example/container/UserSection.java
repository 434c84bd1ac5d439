package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "user" subsystem: every user (and through them, their namespaces).
 *
 * @param users the users, by objref
 */
@CkptStruct(type = 0x0114)
public record UserSection(@ObjRef(User.class) @VarArray(max = 65536) int[] users) {}
