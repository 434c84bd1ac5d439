package org.example.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the processor generated for this project works: the codec, the schema, the C header. */
class MainTest {
  @Test
  void theGeneratedCodecRoundTrips() throws Exception {
    assertEquals("type 0x201 size 48 length 56 uid 1000 name alice balance 42 groups [4, 27]",
        Main.roundTrip(new Account(1000, "alice", 42L, new int[] {4, 27})));
  }

  @Test
  void theSchemaAndTheCHeaderAreThere() throws Exception {
    assertEquals("AccountsImageSchema", Class.forName("org.example.accounts.AccountsImageSchema").getSimpleName());
    Path header = Path.of("target/classes/META-INF/ckptgen/include/accounts_ckpt_hdr.h");
    assertTrue(Files.readString(header).contains("struct ckpt_hdr_account {"), header.toString());
  }
}
