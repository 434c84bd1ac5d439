package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.U32;

/**
 * One task, as linux-cr's ckpt_hdr_task_creds and the task's own references.
 *
 * @param pid the task's pid
 * @param comm the executable name
 * @param credRef the real credential
 * @param ecredRef the effective credential
 * @param labelRef the task's security label; 0 for none (SECURITY_CTX_NONE)
 * @param filesRef the task's table of open files
 */
@CkptStruct
public record TaskEntry(
    @U32 int pid,
    @FixedString(length = 16) String comm,
    @ObjRef(Cred.class) int credRef,
    @ObjRef(Cred.class) int ecredRef,
    @ObjRef(value = LsmLabel.class, optional = true) int labelRef,
    @ObjRef(FileTable.class) int filesRef) {}
