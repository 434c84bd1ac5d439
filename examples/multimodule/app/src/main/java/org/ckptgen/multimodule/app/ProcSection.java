package org.ckptgen.multimodule.app;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;
import org.ckptgen.multimodule.net.Endpoint;

/**
 * The state of the "proc" subsystem.
 *
 * @param pid the process id
 * @param comm the command name, as {@code TASK_COMM_LEN}
 * @param listen where it listens, a value struct of lib-a
 */
@CkptStruct(type = 0x0321)
public record ProcSection(@U32 int pid, @FixedString(length = 16) String comm, Endpoint listen) {}
