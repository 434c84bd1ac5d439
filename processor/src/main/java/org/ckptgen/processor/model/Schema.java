package org.ckptgen.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything one image's C header describes: its structs, in an order where every nested struct
 * comes before its first use (value structs first, then records by type id), and the enums they use.
 */
public record Schema(String imageName, int imageVersion, List<StructLayout> structs, List<EnumModel> enums) {

  public static Schema of(String imageName, int imageVersion, List<StructLayout> structs) {
    List<StructLayout> sorted = new ArrayList<>(structs);
    sorted.sort(Comparator.comparing(StructLayout::isRecord)
        .thenComparingInt(StructLayout::typeId)
        .thenComparing(StructLayout::cName));
    Set<StructLayout> ordered = new LinkedHashSet<>();
    for (StructLayout s : sorted) {
      visit(s, ordered);
    }
    Set<EnumModel> enums = new LinkedHashSet<>();
    for (StructLayout s : ordered) {
      for (Member m : s.members()) {
        if (m.enumType() != null) {
          enums.add(m.enumType());
        }
      }
    }
    return new Schema(imageName, imageVersion, List.copyOf(ordered), List.copyOf(enums));
  }

  private static void visit(StructLayout s, Set<StructLayout> ordered) {
    if (ordered.contains(s)) {
      return;
    }
    for (Member m : s.members()) {
      if (m.struct() != null) {
        visit(m.struct(), ordered);
      }
    }
    ordered.add(s);
  }

  public List<StructLayout> records() {
    return structs.stream().filter(StructLayout::isRecord).collect(Collectors.toList());
  }

  public String headerFileName() {
    return imageName + "_ckpt_hdr.h";
  }

  public String readerFileName() {
    return imageName + "_ckpt_reader.h";
  }
}
