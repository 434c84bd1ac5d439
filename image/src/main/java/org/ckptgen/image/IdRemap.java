package org.ckptgen.image;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
  private final Map<Integer, Boolean> hasIds = new HashMap<>();
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
    if (s == null || !hasIds.computeIfAbsent(s.index(), i -> holdsIds(layout, s))) {
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

  private void remap(ImageLayout layout, ImageLayout.Struct s, ByteBuffer buf, int at, int len) {
    int count = 0;
    for (FieldEntry f : s.members()) {
      if (f.since() > 1 && len < s.sizeOfVersion(f.since())) {
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

  private static boolean holdsIds(ImageLayout layout, ImageLayout.Struct s) {
    for (FieldEntry f : s.members()) {
      if ((f.flags() & (FieldEntry.FLAG_UID | FieldEntry.FLAG_GID)) != 0
          || (f.element() == FieldEntry.ELEMENT_STRUCT && holdsIds(layout, layout.structs().get(f.ref())))) {
        return true;
      }
    }
    return false;
  }
}
