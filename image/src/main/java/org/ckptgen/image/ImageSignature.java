package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedArray;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U8;

/**
 * The signature of a signed image: the last record before the trailer, exactly 96 bytes. It signs
 * every byte before its {@code signature} member: the whole image up to this record, then this
 * record's header, algorithm, flags and key id (docs/FORMAT.md, "Signed images"; {@link Signing}).
 *
 * @param algorithm 1: Ed25519ph (RFC 8032, SHA-512 prehash, empty context); no other is defined
 * @param flags none defined: a reader refuses any
 * @param keyId the first 16 bytes of the SHA-256 of the signer's raw 32-byte Ed25519 public key
 * @param signature the 64-byte Ed25519ph signature
 */
@CkptStruct(type = 0x0008, cName = "ckpt_hdr_signature")
public record ImageSignature(
    @U32 int algorithm,
    @U32 int flags,
    @U8 @FixedArray(length = 16) byte[] keyId,
    @U8 @FixedArray(length = 64) byte[] signature) {}
