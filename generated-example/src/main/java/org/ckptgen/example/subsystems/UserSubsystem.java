package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.List;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.UserSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.CheckpointContext;
import org.ckptgen.image.RestoreContext;

/**
 * Users and their user namespaces: restored creator first; a namespace chain deeper than the
 * kernel's 32 levels is refused.
 */
@Subsystem("user")
public final class UserSubsystem {
  static final int MAX_DEPTH = 32;
  private final Model.Container container;

  public UserSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public UserSection checkpoint(CheckpointContext ctx) throws IOException {
    return new UserSection(Distinct.refs(ctx, container.tasks, t -> List.of(t.cred.user, t.ecred.user), Share::user));
  }

  @RestoreHook
  public int restore(RestoreContext ctx, UserSection state) {
    for (int ref : state.users()) {
      int depth = 0;
      for (Model.User u = Revive.user(ctx, ref); u != null; u = u.ns.creator) {
        if (++depth > MAX_DEPTH) {
          return -Rules.EINVAL;
        }
      }
    }
    return 0;
  }
}
