package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;

/**
 * The credentials of a task, as linux-cr's {@code struct ckpt_hdr_task_creds}.
 *
 * @param credRef the real credential
 * @param ecredRef the effective credential; often the same object as the real one
 */
@CkptStruct(type = 0x0108)
public record TaskCreds(@ObjRef(Cred.class) int credRef, @ObjRef(Cred.class) int ecredRef) {}
