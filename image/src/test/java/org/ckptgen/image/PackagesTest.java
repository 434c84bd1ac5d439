package org.ckptgen.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on one another as their package-info files say, read from the compiled
 * classes by jdeps: hook and tools build on the format package only, and the format package
 * uses the hook API in one place, the checker's verdict that hands restore its shared objects.
 */
class PackagesTest {
  private static final Pattern DEPENDENCY =
      Pattern.compile("^\\s*(org\\.ckptgen\\.image\\S*)\\s+->\\s+(org\\.ckptgen\\.image\\S*)\\s", Pattern.MULTILINE);

  @Test
  void packagesDependAsDocumented() throws URISyntaxException {
    Path classes = Path.of(ImageChecker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none", classes.toString());
    assertEquals(0, rc, out.toString());

    Set<String> crossing = new TreeSet<>();
    Matcher m = DEPENDENCY.matcher(out.toString());
    int seen = 0;
    while (m.find()) {
      seen++;
      String from = packageOf(m.group(1));
      String to = packageOf(m.group(2));
      // any package may use the format package; every other crossing is listed
      if (!from.equals(to) && !to.equals("org.ckptgen.image")) {
        crossing.add(outer(m.group(1)) + " -> " + outer(m.group(2)));
      }
    }
    assertTrue(seen > 100, "jdeps listed " + seen + " dependencies:\n" + out);
    assertEquals(Set.of("org.ckptgen.image.ImageChecker -> org.ckptgen.image.hook.RestoreContext"), crossing);
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  private static String outer(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }
}
