package org.ckptgen.processor.cgen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.ckptgen.processor.analysis.StructAnalyzer;
import org.ckptgen.processor.model.StructLayout;

/**
 * The constants of the framing records ({@code ImageHeader.MAGIC}, {@code BYTE_ORDER},
 * {@code Trailer.MAGIC}, {@code FieldEntry.ROLE_*}, ...) as C macros of the header, named after
 * their struct: {@code CKPT_HDR_IMAGE_MAGIC}. The C reader checks the framing by them, so the
 * values live in one place, the Java records of ckptgen-image.
 */
public final class CConstants {
  private CConstants() {}

  /** One {@code #define}: its name and its value as C writes it. */
  public record Constant(String name, String value) {}

  /** The constants of each framing struct among {@code structs}, by its C name, in declaration order. */
  public static Map<String, List<Constant>> of(Elements elements, List<StructLayout> structs) {
    Map<String, List<Constant>> found = new LinkedHashMap<>();
    for (StructLayout s : structs) {
      if (!isFraming(s)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(s.javaType().qualifiedName());
      List<Constant> constants = new ArrayList<>();
      if (type != null) {
        for (Element e : type.getEnclosedElements()) {
          if (e.getKind() == ElementKind.FIELD && e.getModifiers().contains(Modifier.PUBLIC)
              && ((VariableElement) e).getConstantValue() != null) {
            constants.add(new Constant(s.cName().toUpperCase(Locale.ROOT) + "_" + e.getSimpleName(),
                literal(((VariableElement) e).getConstantValue())));
          }
        }
      }
      found.put(s.cName(), List.copyOf(constants));
    }
    return found;
  }

  /** Whether {@code s} is one of ckptgen-image's framing structs, the same in every image. */
  public static boolean isFraming(StructLayout s) {
    return s.javaType().packageName().equals(StructAnalyzer.FRAMING_PACKAGE);
  }

  private static String literal(Object value) {
    if (value instanceof String text) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          b.append('\\');
        }
        b.append(c);
      }
      return b.append('"').toString();
    }
    if (value instanceof Long n) {
      return n + "ll";
    }
    if (value instanceof Integer n) {
      return n >= 0x10000 ? String.format("0x%08xu", n) : n + (n >= 0 ? "u" : "");
    }
    return value.toString();
  }
}
