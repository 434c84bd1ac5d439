package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;

/**
 * The UTS namespace: the names {@code uname(2)} reports, each in {@code __NEW_UTS_LEN + 1} bytes.
 *
 * @param sysname the operating system name
 * @param nodename the host name
 * @param release the kernel release
 * @param version the kernel version
 * @param machine the hardware name
 * @param domainname the NIS domain name
 */
@CkptStruct(type = 0x0106, cName = "ckpt_hdr_utsns")
public record UtsNs(
    @FixedString(length = 65) String sysname,
    @FixedString(length = 65) String nodename,
    @FixedString(length = 65) String release,
    @FixedString(length = 65) String version,
    @FixedString(length = 65) String machine,
    @FixedString(length = 65) String domainname) {}
