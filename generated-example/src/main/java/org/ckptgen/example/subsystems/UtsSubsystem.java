package org.ckptgen.example.subsystems;

import org.ckptgen.annotations.AbortHook;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * The UTS names. Changing them takes privilege (sethostname and setdomainname need
 * CAP_SYS_ADMIN); naming a fresh container, which has no host name yet, or restoring the names
 * it already has, does not.
 */
@Subsystem("uts")
public final class UtsSubsystem {
  private final Model.Container container;
  private UtsNs before;
  public String refused;

  public UtsSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public UtsNs checkpoint(CheckpointContext ctx) {
    return container.uts;
  }

  @RestoreHook
  public int restore(RestoreContext ctx, UtsNs state) {
    boolean fresh = container.uts.nodename().isEmpty();
    if (!ctx.caller().has(Caller.CAP_SYS_ADMIN) && !fresh && !state.equals(container.uts)) {
      refused = "changing the host name to \"" + state.nodename() + "\" takes CAP_SYS_ADMIN";
      return -Rules.EPERM;
    }
    before = container.uts;
    container.uts = state;
    return 0;
  }

  @AbortHook
  public void abort(RestoreContext ctx) {
    container.uts = before;
  }
}
