package org.ckptgen.example.subsystems;

import java.io.IOException;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.CredSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.CheckpointContext;
import org.ckptgen.image.RestoreContext;

/** Credentials: refuses ids the caller could not setresuid/setresgid to. */
@Subsystem("cred")
public final class CredSubsystem {
  private final Model.Container container;
  /** Why the last restore was refused, for the demo's summary. */
  public String refused;

  public CredSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public CredSection checkpoint(CheckpointContext ctx) throws IOException {
    return new CredSection(Distinct.refs(ctx, container.tasks, t -> java.util.List.of(t.cred, t.ecred), Share::cred));
  }

  @RestoreHook
  public int restore(RestoreContext ctx, CredSection state) {
    for (int ref : state.creds()) {
      refused = Rules.ids(ctx.caller(), ctx.object(ref, ContainerImageSchema.CRED));
      if (refused != null) {
        return -Rules.EPERM;
      }
    }
    return 0;
  }
}
