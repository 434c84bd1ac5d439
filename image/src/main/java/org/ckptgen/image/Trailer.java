package org.ckptgen.image;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;

/**
 * The last record of every image.
 *
 * @param magic "CKPTEND"
 * @param nrecords the number of records before the trailer, the header included
 * @param totalLength the number of bytes before the trailer
 * @param crc32c the CRC32C of every byte before the trailer
 */
@CkptStruct(type = 0x0004, cName = "ckpt_hdr_trailer")
public record Trailer(
    @FixedString(length = 8) String magic,
    @U64 long nrecords,
    @U64 long totalLength,
    @U32 int crc32c) {

  public static final String MAGIC = "CKPTEND";
}
