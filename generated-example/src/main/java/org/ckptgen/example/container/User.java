package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.Uid;

/**
 * A user in a user namespace, as linux-cr's {@code struct ckpt_hdr_user_struct}.
 *
 * @param uid the user id within its namespace
 * @param usernsRef the user namespace the user belongs to
 */
@CkptStruct(type = 0x0103, shared = true, cName = "ckpt_hdr_user_struct")
public record User(@Uid @U32 int uid, @ObjRef(UserNs.class) int usernsRef) {}
