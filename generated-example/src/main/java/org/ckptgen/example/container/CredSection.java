package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "cred" subsystem: every credential of the container.
 *
 * @param creds the credentials, by objref
 */
@CkptStruct(type = 0x0110)
public record CredSection(@ObjRef(Cred.class) @VarArray(max = 65536) int[] creds) {}
