package org.ckptgen.example.subsystems;

import java.io.IOException;
import org.ckptgen.annotations.CheckpointHook;
import org.ckptgen.annotations.RestoreHook;
import org.ckptgen.annotations.Subsystem;
import org.ckptgen.example.container.GroupInfoSection;
import org.ckptgen.example.model.Model;
import org.ckptgen.image.hook.CheckpointContext;
import org.ckptgen.image.hook.RestoreContext;

/**
 * Supplementary groups: refuses groups the caller is not in unless it holds CAP_SETGID, and
 * groups not strictly increasing (restore_groupinfo). NGROUPS_MAX (65536) is the codec's check.
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
    Distinct groups = new Distinct(ctx);
    for (Model.Task t : container.tasks) {
      groups.add(t.cred.groups, Share::groups);
      groups.add(t.ecred.groups, Share::groups);
    }
    return new GroupInfoSection(groups.refs());
  }

  @RestoreHook
  public int restore(RestoreContext ctx, GroupInfoSection state) {
    try {
      for (int ref : state.groups()) {
        Revive.groups(ctx, ref);
      }
      return 0;
    } catch (Rules.Refused r) {
      refused = r.getMessage();
      return -r.errno;
    }
  }
}
