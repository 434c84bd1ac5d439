package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.Gid;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.Uid;

/**
 * A task credential, as linux-cr's {@code struct ckpt_hdr_cred}. Shared: tasks whose creds are
 * one object at checkpoint get one object back.
 *
 * @param uid real user id
 * @param suid saved user id
 * @param euid effective user id
 * @param fsuid user id for file system checks
 * @param gid real group id
 * @param sgid saved group id
 * @param egid effective group id
 * @param fsgid group id for file system checks
 * @param userRef the user that owns the credential
 * @param groupinfoRef the supplementary groups
 * @param capS the capability sets
 */
@CkptStruct(type = 0x0101, shared = true)
public record Cred(
    @Uid @U32 int uid,
    @Uid @U32 int suid,
    @Uid @U32 int euid,
    @Uid @U32 int fsuid,
    @Gid @U32 int gid,
    @Gid @U32 int sgid,
    @Gid @U32 int egid,
    @Gid @U32 int fsgid,
    @ObjRef(User.class) int userRef,
    @ObjRef(GroupInfo.class) int groupinfoRef,
    Capabilities capS) {}
