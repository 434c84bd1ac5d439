package org.ckptgen.multimodule.net;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * The sockets of a process. A library's subsystem names no image root (it is compiled before
 * the root, in another module): it joins the one image of the build that has this module on its
 * class path. It and its hooks are public, since that build's dispatch calls them.
 */
@Subsystem("net")
public final class NetSubsystem {
  /** The live sockets. */
  public final List<Socket> sockets = new ArrayList<>();
  private List<Socket> before;

  @CheckpointHook
  public NetSection checkpoint(CheckpointContext ctx) throws IOException {
    int[] refs = new int[sockets.size()];
    for (int i = 0; i < refs.length; i++) {
      Socket s = sockets.get(i);
      refs[i] = ctx.share(s, SocketCodec.INSTANCE, () -> s);
    }
    return new NetSection(refs);
  }

  @RestoreHook
  public int restore(RestoreContext ctx, NetSection state) {
    before = new ArrayList<>(sockets);
    sockets.clear();
    for (int ref : state.sockets()) {
      sockets.add(ctx.object(ref, SocketCodec.INSTANCE));
    }
    return 0;
  }

  @AbortHook
  public void abort(RestoreContext ctx) {
    sockets.clear();
    sockets.addAll(before);
  }
}
