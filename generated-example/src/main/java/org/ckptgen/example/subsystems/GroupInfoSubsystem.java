package org.ckptgen.example.subsystems;

import java.io.IOException;
import java.util.List;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.ContainerImageSchema;
import org.ckptgen.example.container.GroupInfoSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.CheckpointContext;
import org.ckptgen.image.RestoreContext;

/**
 * Supplementary groups: refuses groups the caller is not in unless it holds CAP_SETGID. Sorted
 * order and NGROUPS_MAX (65536) are the codec's checks.
 */
@Subsystem("groupinfo")
public final class GroupInfoSubsystem {
  private final Model.Container container;
  public String refused;

  public GroupInfoSubsystem(Model.Container container) {
    this.container = container;
  }

  @CheckpointHook
  public GroupInfoSection checkpoint(CheckpointContext ctx) throws IOException {
    return new GroupInfoSection(Distinct.refs(ctx, container.tasks,
        t -> List.of(t.cred.groups, t.ecred.groups), Share::groups));
  }

  @RestoreHook
  public int restore(RestoreContext ctx, GroupInfoSection state) {
    for (int ref : state.groups()) {
      refused = Rules.groups(ctx.caller(), ctx.object(ref, ContainerImageSchema.GROUP_INFO));
      if (refused != null) {
        return -Rules.EPERM;
      }
    }
    return 0;
  }
}
