package org.ckptgen.processor.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Java names to C names, and what C forbids. */
final class Names {
  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * C11 keywords, C23's new ones, and names <stdbool.h>/<assert.h> define as macros; then the
   * C++20 keywords and alternative tokens that C lacks, since the header compiles as C++ too.
   */
  private static final Set<String> C_KEYWORDS = Set.of(
      "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
      "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
      "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
      "union", "unsigned", "void", "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool",
      "_Complex", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
      "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert",
      "thread_local", "true", "typeof", "typeof_unqual",
      "and", "and_eq", "asm", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t", "class",
      "co_await", "co_return", "co_yield", "compl", "concept", "const_cast", "consteval",
      "constinit", "decltype", "delete", "dynamic_cast", "explicit", "export", "friend", "mutable",
      "namespace", "new", "noexcept", "not", "not_eq", "operator", "or", "or_eq", "private",
      "protected", "public", "reinterpret_cast", "requires", "static_cast", "template", "this",
      "throw", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq");

  private Names() {}

  /** {@code groupinfoRef} → {@code groupinfo_ref}; {@code UTSName} → {@code uts_name}. */
  static String snake(String javaName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = javaName.charAt(i - 1);
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  static String upper(String cName) {
    return cName.toUpperCase(Locale.ROOT);
  }

  static boolean isCKeyword(String name) {
    return C_KEYWORDS.contains(name);
  }

  /** The longest name the image's schema tables hold ({@code char[48]} with its NUL). */
  public static final int MAX_NAME = 47;

  /** A usable C identifier that does not collide with ckptgen's reserved {@code __} names. */
  static boolean isUsableCName(String name) {
    return C_IDENTIFIER.matcher(name).matches() && !name.startsWith("__") && name.length() <= MAX_NAME;
  }
}
