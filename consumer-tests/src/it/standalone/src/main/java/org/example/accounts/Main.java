package org.example.accounts;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.ckptgen.runtime.CkptFormatException;

/** Encodes an account with the generated codec, decodes it again, and prints what came back. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws CkptFormatException {
    System.out.println(roundTrip(new Account(1000, "alice", 42L, new int[] {4, 27})));
  }

  static String roundTrip(Account account) throws CkptFormatException {
    ByteBuffer buf = ByteBuffer.allocate(AccountCodec.INSTANCE.encodedLength(account));
    int length = AccountCodec.INSTANCE.encode(account, buf, 0);
    Account back = AccountCodec.INSTANCE.decode(buf, 0);
    return "type 0x" + Integer.toHexString(AccountCodec.TYPE) + " size " + AccountCodec.SIZE + " length " + length
        + " uid " + back.uid() + " name " + back.name() + " balance " + back.balance() + " groups "
        + Arrays.toString(back.groups());
  }
}
