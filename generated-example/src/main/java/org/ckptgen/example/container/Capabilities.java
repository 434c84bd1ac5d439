package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;

/**
 * The capability sets of a credential, as linux-cr's {@code struct ckpt_capabilities}.
 *
 * @param capIMask the inheritable set
 * @param capPMask the permitted set
 * @param capEMask the effective set
 * @param capBsetMask the bounding set
 * @param securebits the SECBIT_* flags
 */
@CkptStruct
public record Capabilities(
    @U64 long capIMask,
    @U64 long capPMask,
    @U64 long capEMask,
    @U64 long capBsetMask,
    @U32 int securebits) {}
