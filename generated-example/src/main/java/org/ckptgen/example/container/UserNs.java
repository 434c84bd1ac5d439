package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;

/**
 * A user namespace, as linux-cr's {@code struct ckpt_hdr_user_ns}.
 *
 * @param creatorRef the user that created the namespace; 0 for the root namespace, which a restore maps to
 *     the caller's own
 */
@CkptStruct(type = 0x0104, shared = true)
public record UserNs(@ObjRef(value = User.class, optional = true) int creatorRef) {}
