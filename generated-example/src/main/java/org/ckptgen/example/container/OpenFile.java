package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;

/**
 * One open file of a task.
 *
 * @param fd the descriptor number
 * @param flags the open flags (O_*)
 * @param pos the file position
 * @param labelRef the file's security label; 0 for none
 */
@CkptStruct
public record OpenFile(@U32 int fd, @U32 int flags, @U64 long pos, @ObjRef(value = LsmLabel.class, optional = true) int labelRef) {}
