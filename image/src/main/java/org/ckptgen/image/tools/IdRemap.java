package org.ckptgen.image.tools;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ckptgen.image.FieldEntry;
import org.ckptgen.image.GenericDecoder;
import org.ckptgen.image.ImageLayout;
import org.ckptgen.image.RecordView;
import org.ckptgen.runtime.CkptFormatException;
import org.ckptgen.runtime.LittleEndian;

/**
 * Maps user and group ids in every member marked {@code @Uid} or {@code @Gid}, in any image,
 * by the image's own field table: the id-mapping filter of seeds/003, as {@code ckpt remap} runs
 * it. Sorted id arrays (supplementary groups) are sorted again after the mapping.
 */
public final class IdRemap implements ImageRewriter.Edit {
  private final Map<Integer, Integer> uids;
  private final Map<Integer, Integer> gids;
  /** Per struct of {@link #idsOf}'s layout: whether it or a struct nested in it holds ids. */
  private boolean[] hasIds;
  private ImageLayout idsOf;
  private GenericDecoder decoder;
  private long changed;

  /** Maps by {@code uids} and {@code gids} (id to new id); ids not in a map stay as they are. */
  public IdRemap(Map<Integer, Integer> uids, Map<Integer, Integer> gids) {
    this.uids = Map.copyOf(uids);
    this.gids = Map.copyOf(gids);
  }

  /** The ids changed so far. */
  public long changed() {
    return changed;
  }

  @Override
  public ByteBuffer rewrite(RecordView v, ImageLayout layout) throws CkptFormatException {
    ImageLayout.Struct s = layout.byType(v.type());
    if (idsOf != layout) {
      hasIds = holdsIds(layout);
      idsOf = layout;
    }
    if (s == null || !hasIds[s.index()]) {
      return null;
    }
    if (decoder == null || decoder.layout() != layout) {
      decoder = new GenericDecoder(layout);
    }
    decoder.decode(v);  // every count and bound checked before a byte is touched
    ByteBuffer copy = ByteBuffer.allocate(v.length());
    copy.put(v.bytes()).flip();
    long before = changed;
    remap(layout, s, copy, 0, v.length());
    return changed == before ? null : copy;
  }

  /**
   * Maps the ids of the struct {@code s} at {@code at}, recursing into nested structs (at most
   * ImageLayout.MAX_DEPTH deep). The table rules put @Uid and @Gid only on 4-byte integers, and the
   * decode before it checked every count, so every index is within the record.
   */
  private void remap(ImageLayout layout, ImageLayout.Struct s, ByteBuffer buf, int at, int len) {
    int count = 0;
    List<FieldEntry> members = s.members();
    for (int k = 0; k < members.size(); k++) {
      FieldEntry f = members.get(k);
      if (!s.has(k, len)) {
        continue;  // a member of a later version than the record
      }
      if (f.role() == FieldEntry.ROLE_COUNT) {
        count = LittleEndian.getInt(buf, at + f.offset());
        continue;
      }
      int n = f.arity() == FieldEntry.ARITY_VARIABLE ? count : f.length();
      int size = Short.toUnsignedInt(f.elementSize());
      if (f.element() == FieldEntry.ELEMENT_STRUCT) {
        ImageLayout.Struct nested = layout.structs().get(f.ref());
        for (int i = 0; i < n; i++) {
          remap(layout, nested, buf, at + f.offset() + size * i, nested.size());
        }
        continue;
      }
      Map<Integer, Integer> map = (f.flags() & FieldEntry.FLAG_UID) != 0 ? uids
          : (f.flags() & FieldEntry.FLAG_GID) != 0 ? gids : null;
      if (map == null) {
        continue;
      }
      int[] ids = new int[n];
      for (int i = 0; i < n; i++) {
        int id = LittleEndian.getInt(buf, at + f.offset() + 4 * i);
        Integer to = map.get(id);
        if (to != null && to != id) {
          changed++;
          id = to;
        }
        ids[i] = id;
      }
      if ((f.flags() & FieldEntry.FLAG_SORTED) != 0) {
        sort(ids, (f.flags() & FieldEntry.FLAG_SIGNED) != 0);
      }
      for (int i = 0; i < n; i++) {
        LittleEndian.putInt(buf, at + f.offset() + 4 * i, ids[i]);
      }
    }
  }

  private static void sort(int[] ids, boolean signed) {
    if (signed) {
      Arrays.sort(ids);
      return;
    }
    // unsigned order: flip the sign bit, sort, flip back
    for (int i = 0; i < ids.length; i++) {
      ids[i] ^= Integer.MIN_VALUE;
    }
    Arrays.sort(ids);
    for (int i = 0; i < ids.length; i++) {
      ids[i] ^= Integer.MIN_VALUE;
    }
  }

  /** Per struct, in schema order (a nested struct comes before its users): whether it holds ids. */
  private static boolean[] holdsIds(ImageLayout layout) {
    List<ImageLayout.Struct> structs = layout.structs();
    boolean[] ids = new boolean[structs.size()];
    for (ImageLayout.Struct s : structs) {
      for (FieldEntry f : s.members()) {
        if ((f.flags() & (FieldEntry.FLAG_UID | FieldEntry.FLAG_GID)) != 0
            || (f.element() == FieldEntry.ELEMENT_STRUCT && ids[f.ref()])) {
          ids[s.index()] = true;
        }
      }
    }
    return ids;
  }
}
